import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_changes_to_network_acls_alarm_configured',
  pattern: MONITORING_PATTERNS.nacl_changes,
  cis: '5.11',
  fsbp: 'CloudWatch.11',
  title: 'Network ACL changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'Loosened network ACLs let traffic into subnets that were meant to be closed.',
});
