import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_authentication_failures',
  pattern: MONITORING_PATTERNS.console_auth_failures,
  cis: '5.6',
  fsbp: 'CloudWatch.6',
  title: 'Console authentication failures are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'Bursts of failed sign-ins betray password guessing; the source address helps correlate other events.',
});
