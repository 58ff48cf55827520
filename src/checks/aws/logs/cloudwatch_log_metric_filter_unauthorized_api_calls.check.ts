import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_unauthorized_api_calls',
  pattern: MONITORING_PATTERNS.unauthorized_api_calls,
  cis: '5.1',
  fsbp: 'CloudWatch.2',
  title: 'Unauthorized API calls are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'Repeated AccessDenied answers are often the first sign of stolen credentials probing what they may do; unwatched, they go unnoticed.',
});
