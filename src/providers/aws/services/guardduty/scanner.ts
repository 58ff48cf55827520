import { defineAwsScanner } from '../../define-scanner.js';
import { GUARDDUTY_PERMISSIONS } from './permissions.js';
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
  collect: async (ctx) => (await import('./collector.js')).collectGuardDutySnapshot(ctx),
  extract: extractGuardDutyEvents,
});
