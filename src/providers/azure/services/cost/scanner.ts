import { defineAzureScanner } from '../../define-scanner.js';
import { collectCostSnapshot, COST_PERMISSIONS } from './collector.js';
import { extractCostEvents } from './extract.js';
import { COST_METRIC } from './metrics.js';

/** Cost Management: actual monthly cost by service and resource group. */
export const costScanner = defineAzureScanner({
  service: 'cost',
  title: 'Azure Cost Management',
  metrics: COST_METRIC.definitions,
  permissions: COST_PERMISSIONS,
  collect: collectCostSnapshot,
  extract: extractCostEvents,
});
