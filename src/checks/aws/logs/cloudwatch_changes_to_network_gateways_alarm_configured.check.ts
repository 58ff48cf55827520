import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_changes_to_network_gateways_alarm_configured',
  pattern: MONITORING_PATTERNS.network_gateway_changes,
  cis: '5.12',
  fsbp: 'CloudWatch.12',
  title: 'Network gateway changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'A new or moved gateway opens a path in or out of a VPC that bypasses the controlled one.',
});
