/**
 * What the guardduty scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const GUARDDUTY_PERMISSIONS = [
  'guardduty:ListDetectors',
  'guardduty:GetDetector',
  'guardduty:GetFindingsStatistics',
] as const;
