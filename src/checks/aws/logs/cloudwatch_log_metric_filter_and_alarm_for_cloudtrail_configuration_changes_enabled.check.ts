import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled',
  pattern: MONITORING_PATTERNS.cloudtrail_changes,
  cis: '5.5',
  fsbp: 'CloudWatch.5',
  title: 'CloudTrail configuration changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'Stopping or reconfiguring a trail is how an intruder hides what comes next.',
});
