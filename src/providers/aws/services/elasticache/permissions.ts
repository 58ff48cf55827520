/**
 * What the elasticache scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const ELASTICACHE_PERMISSIONS = [
  'elasticache:DescribeCacheClusters',
  'elasticache:DescribeReplicationGroups',
  'cloudwatch:GetMetricData',
  'pricing:GetProducts',
] as const;
