import { describe } from 'vitest';
import check from './cloudwatch_log_metric_filter_unauthorized_api_calls.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_log_metric_filter_unauthorized_api_calls', () => {
  monitoringCases(check, MONITORING_PATTERNS.unauthorized_api_calls);
});
