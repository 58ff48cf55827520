import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_open_source_databases_on',
  control: '9.1.7.2',
  plan: 'OpenSourceRelationalDatabases',
  title: 'Defender for open-source relational databases',
});
