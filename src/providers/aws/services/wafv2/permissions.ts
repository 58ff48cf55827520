/**
 * What the wafv2 scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const WAFV2_PERMISSIONS = [
  'wafv2:ListWebACLs',
  'wafv2:GetWebACL',
  'wafv2:ListLoggingConfigurations',
  'wafv2:ListResourcesForWebACL',
] as const;
