/**
 * What the inspector2 scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const INSPECTOR2_PERMISSIONS = [
  'inspector2:BatchGetAccountStatus',
  'inspector2:ListFindingAggregations',
  'inspector2:ListCoverageStatistics',
] as const;
