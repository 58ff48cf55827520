import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_for_s3_bucket_policy_changes',
  pattern: MONITORING_PATTERNS.s3_bucket_policy_changes,
  cis: '5.8',
  fsbp: 'CloudWatch.8',
  title: 'S3 bucket policy changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'A changed bucket policy or ACL can expose data publicly within seconds.',
});
