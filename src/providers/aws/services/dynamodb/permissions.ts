/**
 * What the dynamodb scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const DYNAMODB_PERMISSIONS = [
  'dynamodb:ListTables',
  'dynamodb:DescribeTable',
  'dynamodb:DescribeContinuousBackups',
  'tag:GetResources',
  'kms:DescribeKey',
  'cloudwatch:GetMetricData',
  'pricing:GetProducts',
] as const;
