/**
 * What the logs scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const LOGS_PERMISSIONS = [
  'cloudtrail:DescribeTrails',
  'cloudtrail:GetTrailStatus',
  'cloudtrail:GetEventSelectors',
  'logs:DescribeMetricFilters',
  'cloudwatch:DescribeAlarms',
] as const;
