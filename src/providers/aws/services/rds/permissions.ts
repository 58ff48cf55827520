/**
 * What the rds scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const RDS_PERMISSIONS = [
  'rds:DescribeDBInstances',
  'rds:DescribeDBClusters',
  'rds:DescribeDBSnapshots',
  'rds:DescribeDBSnapshotAttributes',
  'rds:DescribeDBClusterSnapshots',
  'rds:DescribeDBClusterSnapshotAttributes',
  'cloudwatch:GetMetricData',
  'pricing:GetProducts',
] as const;
