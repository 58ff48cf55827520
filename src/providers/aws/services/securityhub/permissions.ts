/**
 * What the securityhub scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const SECURITYHUB_PERMISSIONS = [
  'securityhub:DescribeHub',
  'securityhub:GetEnabledStandards',
] as const;
