import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_storage_on',
  control: '9.1.5.1',
  plan: 'StorageAccounts',
  title: 'Defender for Storage',
});
