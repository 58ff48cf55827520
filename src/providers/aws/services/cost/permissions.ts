/**
 * What the cost scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const COST_PERMISSIONS = [
  'ce:GetCostAndUsage',
  'ce:GetCostForecast',
  'ce:GetRightsizingRecommendation',
  'organizations:DescribeOrganization',
] as const;
