import type { CheckDefinition } from '../../../core/index.js';
import securityhub_enabled from './securityhub_enabled.check.js';

/** The Security Hub checks: one line per check. */
export const SECURITYHUB_CHECKS: readonly CheckDefinition[] = [securityhub_enabled];
