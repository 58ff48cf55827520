import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_sql_servers_on_machines_on',
  control: '9.1.7.4',
  plan: 'SqlServerVirtualMachines',
  title: 'Defender for SQL servers on machines',
});
