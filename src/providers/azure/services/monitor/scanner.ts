import { defineAzureScanner } from '../../define-scanner.js';
import { collectMonitorSnapshot, MONITOR_PERMISSIONS } from './collector.js';
import { extractMonitorEvents } from './extract.js';
import { MONITOR_METRIC } from './metrics.js';

/** Activity log export (subscription diagnostic settings) and activity log alerts. */
export const monitorScanner = defineAzureScanner({
  service: 'monitor',
  title: 'Azure Monitor activity log',
  metrics: MONITOR_METRIC.definitions,
  permissions: MONITOR_PERMISSIONS,
  collect: collectMonitorSnapshot,
  extract: extractMonitorEvents,
});
