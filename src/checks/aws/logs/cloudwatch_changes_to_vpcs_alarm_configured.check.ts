import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_changes_to_vpcs_alarm_configured',
  pattern: MONITORING_PATTERNS.vpc_changes,
  cis: '5.14',
  fsbp: 'CloudWatch.14',
  title: 'VPC changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'New VPCs or peering connections change which networks can reach each other.',
});
