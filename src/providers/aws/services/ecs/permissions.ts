/**
 * What the ecs scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const ECS_PERMISSIONS = [
  'ecs:ListClusters',
  'ecs:DescribeClusters',
  'ecs:ListServices',
  'ecs:DescribeServices',
  'ecs:ListTaskDefinitionFamilies',
  'ecs:DescribeTaskDefinition',
  'cloudwatch:GetMetricData',
] as const;
