import type { CheckDefinition } from '../../../core/index.js';
import accessanalyzer_enabled from './accessanalyzer_enabled.check.js';

/** The IAM Access Analyzer checks: one line per check. */
export const ACCESSANALYZER_CHECKS: readonly CheckDefinition[] = [accessanalyzer_enabled];
