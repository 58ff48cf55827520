import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_servers_on',
  control: '9.1.3.1',
  plan: 'VirtualMachines',
  title: 'Defender for Servers',
});
