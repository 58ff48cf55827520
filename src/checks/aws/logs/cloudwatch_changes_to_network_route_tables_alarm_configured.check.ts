import { monitoringCheck } from './monitoring.js';
import { MONITORING_PATTERNS } from './patterns.js';

export default monitoringCheck({
  id: 'cloudwatch_changes_to_network_route_tables_alarm_configured',
  pattern: MONITORING_PATTERNS.route_table_changes,
  cis: '5.13',
  fsbp: 'CloudWatch.13',
  title: 'Route table changes are monitored by a metric filter and alarm',
  severity: 'medium',
  risk: 'A changed route can send traffic through an unexpected path, or out of the VPC.',
});
