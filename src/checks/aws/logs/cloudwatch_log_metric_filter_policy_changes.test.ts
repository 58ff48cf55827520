import { describe } from 'vitest';
import check from './cloudwatch_log_metric_filter_policy_changes.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_log_metric_filter_policy_changes', () => {
  monitoringCases(check, MONITORING_PATTERNS.iam_policy_changes);
});
