import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_containers_on',
  control: '9.1.4.1',
  plan: 'Containers',
  title: 'Defender for Containers',
});
