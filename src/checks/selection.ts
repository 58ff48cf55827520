import type { CheckDefinition, ScanOptions } from '../core/index.js';

export type CheckFilters = Pick<
  ScanOptions,
  'checks' | 'exclude_checks' | 'severity' | 'frameworks'
>;

/** Whether a scan's filters keep a check: every filter given must agree. */
export function isSelected(check: CheckDefinition, filters: CheckFilters): boolean {
  if (filters.checks && !filters.checks.includes(check.id)) return false;
  if (filters.exclude_checks?.includes(check.id)) return false;
  if (filters.severity && !filters.severity.includes(check.severity)) return false;
  if (filters.frameworks && !filters.frameworks.some((f) => (check.compliance[f]?.length ?? 0) > 0))
    return false;
  return true;
}

export function selectChecks(
  checks: readonly CheckDefinition[],
  filters: CheckFilters,
): CheckDefinition[] {
  return checks.filter((check) => isSelected(check, filters));
}
