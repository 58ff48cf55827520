/**
 * What the cloudtrail scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const CLOUDTRAIL_PERMISSIONS = [
  'cloudtrail:DescribeTrails',
  'cloudtrail:GetTrailStatus',
  'cloudtrail:GetEventSelectors',
] as const;
