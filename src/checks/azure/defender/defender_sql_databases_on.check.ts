import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_sql_databases_on',
  control: '9.1.7.3',
  plan: 'SqlServers',
  title: 'Defender for Azure SQL Databases',
});
