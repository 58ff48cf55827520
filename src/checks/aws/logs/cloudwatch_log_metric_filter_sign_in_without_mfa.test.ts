import { describe } from 'vitest';
import check from './cloudwatch_log_metric_filter_sign_in_without_mfa.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_log_metric_filter_sign_in_without_mfa', () => {
  monitoringCases(check, MONITORING_PATTERNS.sign_in_without_mfa);
});
