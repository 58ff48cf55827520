import { describe } from 'vitest';
import check from './cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk', () => {
  monitoringCases(check, MONITORING_PATTERNS.cmk_disable_or_deletion);
});
