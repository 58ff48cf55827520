import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_resource_manager_on',
  control: '9.1.9.1',
  plan: 'Arm',
  title: 'Defender for Resource Manager',
});
