/**
 * What the route53 scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const ROUTE53_PERMISSIONS = [
  'route53:ListHostedZones',
  'route53:ListResourceRecordSets',
  'route53:ListQueryLoggingConfigs',
  'route53:GetDNSSEC',
] as const;
