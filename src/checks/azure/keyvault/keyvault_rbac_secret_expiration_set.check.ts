import { expirationCheck } from './expiration.js';

export default expirationCheck({
  id: 'keyvault_rbac_secret_expiration_set',
  items: 'secrets',
  rbac: true,
  control: '9.3.3',
});
