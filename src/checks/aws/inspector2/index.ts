import type { CheckDefinition } from '../../../core/index.js';
import inspector2_is_enabled from './inspector2_is_enabled.check.js';
import inspector2_no_active_critical_findings from './inspector2_no_active_critical_findings.check.js';

/** The Amazon Inspector checks: one line per check. */
export const INSPECTOR2_CHECKS: readonly CheckDefinition[] = [
  inspector2_is_enabled,
  inspector2_no_active_critical_findings,
];
