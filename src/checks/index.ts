import { CHECK_PACKS } from './packs.js';
import { CheckRegistry } from './registry.js';

export { CheckEngine, resultValue } from './engine.js';
export { CheckRegistry, checkIdOf, checkMetricType } from './registry.js';
export { isSelected, selectChecks, type CheckFilters } from './selection.js';
export { CHECK_THRESHOLDS, checkConfig, checkConfigSchema, type CheckConfig } from './config.js';
export { FRAMEWORKS, frameworkById, type Control, type Framework } from './compliance/index.js';
export {
  loadScanResults,
  resultsFromEvents,
  summarizeCompliance,
  summarizeScanCompliance,
  CONTROL_STATUSES,
  type ComplianceSummary,
  type ControlStatus,
  type ControlSummary,
  type StoredResult,
} from './compliance/summary.js';

export { CHECK_PACKS } from './packs.js';

/** The checks this build runs: every provider's pack. */
export const CHECKS = new CheckRegistry(
  CHECK_PACKS.flatMap((pack) => pack.checks),
  CHECK_PACKS.flatMap((pack) => pack.frameworks),
);
