import { describe } from 'vitest';
import check from './cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled', () => {
  monitoringCases(check, MONITORING_PATTERNS.cloudtrail_changes);
});
