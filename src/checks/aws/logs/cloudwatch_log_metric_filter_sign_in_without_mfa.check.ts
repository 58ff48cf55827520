import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_sign_in_without_mfa',
  pattern: MONITORING_PATTERNS.sign_in_without_mfa,
  cis: '5.2',
  fsbp: 'CloudWatch.3',
  title: 'Console sign-ins without MFA are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'A console session opened with a password alone is the easiest one to hijack; nobody learns that it happened.',
});
