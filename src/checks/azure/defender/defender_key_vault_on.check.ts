import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_key_vault_on',
  control: '9.1.8.1',
  plan: 'KeyVaults',
  title: 'Defender for Key Vault',
});
