import { describe } from 'vitest';
import check from './cloudwatch_log_metric_filter_root_usage.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_log_metric_filter_root_usage', () => {
  monitoringCases(check, MONITORING_PATTERNS.root_usage);
});
