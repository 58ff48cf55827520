import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_root_usage',
  pattern: MONITORING_PATTERNS.root_usage,
  cis: '5.3',
  fsbp: 'CloudWatch.1',
  title: 'Use of the root user is monitored by a metric filter and alarm',
  severity: 'high',
  risk: 'The root user can do anything and cannot be restricted by policy; its use should always be noticed at once.',
});
