import { defenderPlanCheck } from './plan-check.js';

export default defenderPlanCheck({
  id: 'defender_cosmos_db_on',
  control: '9.1.7.1',
  plan: 'CosmosDbs',
  title: 'Defender for Azure Cosmos DB',
});
