import { expirationCheck } from './expiration.js';

export default expirationCheck({
  id: 'keyvault_rbac_key_expiration_set',
  items: 'keys',
  rbac: true,
  control: '9.3.1',
});
