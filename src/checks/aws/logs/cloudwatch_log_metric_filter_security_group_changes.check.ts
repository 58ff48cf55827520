import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_security_group_changes',
  pattern: MONITORING_PATTERNS.security_group_changes,
  cis: '5.10',
  fsbp: 'CloudWatch.10',
  title: 'Security group changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'An opened security group rule can expose instances and databases to the internet unnoticed.',
});
