import { expirationCheck } from './expiration.js';

export default expirationCheck({
  id: 'keyvault_non_rbac_secret_expiration_set',
  items: 'secrets',
  rbac: false,
  control: '9.3.4',
});
