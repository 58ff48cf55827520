/**
 * What the opensearch scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK. es:DescribeDomainConfig: the creation date of a domain that
 * served no request over the window; pricing:GetProducts: the hourly price of an idle domain's
 * instance types, with options.cost only.
 */
export const OPENSEARCH_PERMISSIONS = [
  'es:ListDomainNames',
  'es:DescribeDomains',
  'es:DescribeDomainConfig',
  'cloudwatch:GetMetricData',
  'pricing:GetProducts',
] as const;
