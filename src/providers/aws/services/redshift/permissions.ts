/**
 * What the redshift scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK. pricing:GetProducts: the node price of an idle cluster's type,
 * with options.cost only.
 */
export const REDSHIFT_PERMISSIONS = [
  'redshift:DescribeClusters',
  'redshift:DescribeLoggingStatus',
  'redshift:DescribeClusterParameters',
  'cloudwatch:GetMetricData',
  'pricing:GetProducts',
] as const;
