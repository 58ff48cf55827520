import { describe } from 'vitest';
import check from './cloudwatch_log_metric_filter_authentication_failures.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_log_metric_filter_authentication_failures', () => {
  monitoringCases(check, MONITORING_PATTERNS.console_auth_failures);
});
