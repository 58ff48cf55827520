import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_app_services_on',
  control: '9.1.6.1',
  plan: 'AppServices',
  title: 'Defender for App Service',
});
