import type { CheckDefinition } from '../../../core/index.js';
import macie_automated_sensitive_data_discovery_enabled from './macie_automated_sensitive_data_discovery_enabled.check.js';
import macie_is_enabled from './macie_is_enabled.check.js';

/** The Amazon Macie checks: one line per check. */
export const MACIE2_CHECKS: readonly CheckDefinition[] = [
  macie_is_enabled,
  macie_automated_sensitive_data_discovery_enabled,
];
