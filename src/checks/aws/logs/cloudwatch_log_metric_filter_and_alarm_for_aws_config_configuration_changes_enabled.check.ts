import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled',
  pattern: MONITORING_PATTERNS.config_changes,
  cis: '5.9',
  fsbp: 'CloudWatch.9',
  title: 'AWS Config configuration changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'Stopping the recorder or its delivery channel blinds configuration history and compliance rules.',
});
