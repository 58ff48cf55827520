import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_dns_on',
  control: '9.1.17',
  plan: 'Dns',
  title: 'Defender for DNS (legacy)',
});
