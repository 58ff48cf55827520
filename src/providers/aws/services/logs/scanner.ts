import { defineAwsScanner } from '../../define-scanner.js';
import { LOGS_PERMISSIONS } from './permissions.js';
import { extractLogsEvents } from './extract.js';
import { LOGS_METRICS } from './metrics.js';

/**
 * CloudWatch Logs metric filters and CloudWatch alarms on the log groups of multi-region trails:
 * the data of the benchmark's Monitoring section.
 */
export const logsScanner = defineAwsScanner({
  service: 'logs',
  title: 'CloudWatch Logs monitoring of CloudTrail',
  scope: 'regional',
  metrics: LOGS_METRICS,
  permissions: LOGS_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectLogsSnapshot(ctx),
  extract: extractLogsEvents,
});
