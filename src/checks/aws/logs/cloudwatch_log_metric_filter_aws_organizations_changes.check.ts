import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_aws_organizations_changes',
  pattern: MONITORING_PATTERNS.organizations_changes,
  cis: '5.15',
  title: 'AWS Organizations changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'Moved accounts, detached policies or a left organization undo guardrails across every account.',
});
