import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk',
  pattern: MONITORING_PATTERNS.cmk_disable_or_deletion,
  cis: '5.7',
  fsbp: 'CloudWatch.7',
  title: 'Disabling or scheduled deletion of KMS keys is monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'Data encrypted under a disabled or deleted key becomes unreadable; the change must be intended and noticed within the waiting period.',
});
