/**
 * What the elbv2 scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const ELBV2_PERMISSIONS = [
  'elasticloadbalancing:DescribeLoadBalancers',
  'elasticloadbalancing:DescribeListeners',
  'elasticloadbalancing:DescribeLoadBalancerAttributes',
  'elasticloadbalancing:DescribeTargetGroups',
  'elasticloadbalancing:DescribeTargetHealth',
  'elasticloadbalancing:DescribeTags',
  'elasticloadbalancing:DescribeSSLPolicies',
  'cloudwatch:GetMetricData',
] as const;
