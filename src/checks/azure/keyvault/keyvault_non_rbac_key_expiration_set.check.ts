import { expirationCheck } from './expiration.js';

export default expirationCheck({
  id: 'keyvault_non_rbac_key_expiration_set',
  items: 'keys',
  rbac: false,
  control: '9.3.2',
});
