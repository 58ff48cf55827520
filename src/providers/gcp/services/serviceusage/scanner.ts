import { defineGcpScanner } from '../../define-scanner.js';
import { collectServiceUsageSnapshot, SERVICEUSAGE_PERMISSIONS } from './collector.js';
import { extractServiceUsageEvents } from './extract.js';
import { SERVICEUSAGE_METRIC } from './metrics.js';

/** The APIs enabled in one project. */
export const serviceUsageScanner = defineGcpScanner({
  service: 'serviceusage',
  title: 'Enabled APIs (Service Usage)',
  metrics: SERVICEUSAGE_METRIC.definitions,
  permissions: SERVICEUSAGE_PERMISSIONS,
  collect: collectServiceUsageSnapshot,
  extract: extractServiceUsageEvents,
});
