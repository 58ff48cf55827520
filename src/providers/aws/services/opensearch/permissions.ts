/**
 * What the opensearch scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const OPENSEARCH_PERMISSIONS = [
  'es:ListDomainNames',
  'es:DescribeDomains',
  'cloudwatch:GetMetricData',
] as const;
