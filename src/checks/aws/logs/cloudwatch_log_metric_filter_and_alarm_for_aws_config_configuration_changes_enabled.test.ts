import { describe } from 'vitest';
import check from './cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled', () => {
  monitoringCases(check, MONITORING_PATTERNS.config_changes);
});
