/**
 * What the redshift scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const REDSHIFT_PERMISSIONS = [
  'redshift:DescribeClusters',
  'redshift:DescribeLoggingStatus',
  'redshift:DescribeClusterParameters',
  'cloudwatch:GetMetricData',
] as const;
