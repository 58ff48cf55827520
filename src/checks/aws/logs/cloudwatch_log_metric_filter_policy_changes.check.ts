import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_policy_changes',
  pattern: MONITORING_PATTERNS.iam_policy_changes,
  cis: '5.4',
  fsbp: 'CloudWatch.4',
  title: 'IAM policy changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'A policy change can silently grant an attacker, or a mistake, broad access to the account.',
});
