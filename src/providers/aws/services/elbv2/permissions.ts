/**
 * What the elbv2 scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK. pricing:GetProducts: the hourly price of an idle load balancer's
 * type, with options.cost only.
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
  'pricing:GetProducts',
] as const;
