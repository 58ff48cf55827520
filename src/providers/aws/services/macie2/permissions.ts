/**
 * What the macie2 scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const MACIE2_PERMISSIONS = [
  'macie2:GetMacieSession',
  'macie2:GetFindingStatistics',
  'macie2:ListClassificationJobs',
  'macie2:GetAutomatedDiscoveryConfiguration',
] as const;
