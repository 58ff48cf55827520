import { defineGcpScanner } from '../../define-scanner.js';
import { collectLoggingSnapshot, LOGGING_PERMISSIONS } from './collector.js';
import { extractLoggingEvents } from './extract.js';
import { LOGGING_METRIC } from './metrics.js';

/** Cloud Logging of one project: sinks, log-based metrics and the alert policies on them. */
export const loggingScanner = defineGcpScanner({
  service: 'logging',
  title: 'Cloud Logging sinks and log-based alerts',
  metrics: LOGGING_METRIC.definitions,
  permissions: LOGGING_PERMISSIONS,
  collect: collectLoggingSnapshot,
  extract: extractLoggingEvents,
});
