import { describe } from 'vitest';
import check from './cloudwatch_changes_to_vpcs_alarm_configured.check.js';
import { monitoringCases } from './monitoring-cases.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('cloudwatch_changes_to_vpcs_alarm_configured', () => {
  monitoringCases(check, MONITORING_PATTERNS.vpc_changes);
});
