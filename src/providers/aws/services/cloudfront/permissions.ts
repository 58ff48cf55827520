/**
 * What the cloudfront scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const CLOUDFRONT_PERMISSIONS = [
  'cloudfront:ListDistributions',
  'cloudfront:GetDistributionConfig',
  'logs:DescribeDeliverySources',
  'cloudwatch:GetMetricData',
] as const;
