import { describe } from 'vitest';
import check from './cloudwatch_changes_to_network_acls_alarm_configured.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_changes_to_network_acls_alarm_configured', () => {
  monitoringCases(check, MONITORING_PATTERNS.nacl_changes);
});
