import { defineAwsScanner } from '../../define-scanner.js';
import { WAFV2_PERMISSIONS } from './permissions.js';
import { extractWafv2Events } from './extract.js';
import { WAFV2_METRICS } from './metrics.js';

/**
 * AWS WAF web ACLs of one region (REGIONAL scope), and in us-east-1 the CLOUDFRONT-scoped ones as
 * well: default action, rules and their CloudWatch metrics, logging, the resources each protects.
 */
export const wafv2Scanner = defineAwsScanner({
  service: 'wafv2',
  title: 'AWS WAF web ACLs',
  scope: 'regional',
  metrics: WAFV2_METRICS,
  permissions: WAFV2_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectWafv2Snapshot(ctx),
  extract: extractWafv2Events,
});
