import { describe } from 'vitest';
import check from './cloudwatch_changes_to_network_route_tables_alarm_configured.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_changes_to_network_route_tables_alarm_configured', () => {
  monitoringCases(check, MONITORING_PATTERNS.route_table_changes);
});
