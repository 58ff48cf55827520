/**
 * What the ecr scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const ECR_PERMISSIONS = [
  'ecr:DescribeRepositories',
  'ecr:BatchGetRepositoryScanningConfiguration',
  'ecr:GetLifecyclePolicy',
  'ecr:GetRepositoryPolicy',
  'cloudwatch:GetMetricData',
] as const;
