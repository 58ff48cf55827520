import { defineAwsScanner } from '../../define-scanner.js';
import { collectGuardDutySnapshot, GUARDDUTY_PERMISSIONS } from './collector.js';
import { extractGuardDutyEvents } from './extract.js';
import { GUARDDUTY_METRICS } from './metrics.js';

/**
 * GuardDuty in one region: whether a detector watches it, its protection plans, and its active
 * findings counted by severity (one GetFindingsStatistics call, never a listing of findings).
 */
export const guardDutyScanner = defineAwsScanner({
  service: 'guardduty',
  title: 'Amazon GuardDuty',
  scope: 'regional',
  metrics: GUARDDUTY_METRICS,
  permissions: GUARDDUTY_PERMISSIONS,
  collect: collectGuardDutySnapshot,
  extract: extractGuardDutyEvents,
});
