import { defineAzureScanner } from '../../define-scanner.js';
import { collectDefenderSnapshot, DEFENDER_PERMISSIONS } from './collector.js';
import { extractDefenderEvents } from './extract.js';
import { DEFENDER_METRIC } from './metrics.js';

/** Microsoft Defender for Cloud: plans per resource type, alert e-mail contacts. */
export const defenderScanner = defineAzureScanner({
  service: 'defender',
  title: 'Microsoft Defender for Cloud',
  metrics: DEFENDER_METRIC.definitions,
  permissions: DEFENDER_PERMISSIONS,
  collect: collectDefenderSnapshot,
  extract: extractDefenderEvents,
});
