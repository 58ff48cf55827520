/**
 * What the ec2 scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const EC2_PERMISSIONS = [
  'ec2:DescribeInstances',
  'ec2:DescribeVolumes',
  'ec2:DescribeAddresses',
  'ec2:DescribeSnapshots',
  'cloudwatch:ListMetrics',
  'cloudwatch:GetMetricData',
  'pricing:GetProducts',
] as const;
