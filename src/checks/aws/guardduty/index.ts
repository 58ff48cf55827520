import type { CheckDefinition } from '../../../core/index.js';
import guardduty_is_enabled from './guardduty_is_enabled.check.js';
import guardduty_no_high_severity_findings from './guardduty_no_high_severity_findings.check.js';
import guardduty_s3_protection_enabled from './guardduty_s3_protection_enabled.check.js';

/** The GuardDuty checks: one line per check. */
export const GUARDDUTY_CHECKS: readonly CheckDefinition[] = [
  guardduty_is_enabled,
  guardduty_no_high_severity_findings,
  guardduty_s3_protection_enabled,
];
