/**
 * What the elb (Classic Load Balancer) scanner may call, read-only; declared apart from the
 * collector so that the scanner registry loads no SDK.
 */
export const ELB_PERMISSIONS = [
  'elasticloadbalancing:DescribeLoadBalancers',
  'elasticloadbalancing:DescribeLoadBalancerAttributes',
  'elasticloadbalancing:DescribeLoadBalancerPolicies',
  'elasticloadbalancing:DescribeTags',
  'cloudwatch:GetMetricData',
  'pricing:GetProducts',
] as const;
