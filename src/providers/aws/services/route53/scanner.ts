import { defineAwsScanner } from '../../define-scanner.js';
import { ROUTE53_PERMISSIONS } from './permissions.js';
import { extractRoute53Events } from './extract.js';
import { ROUTE53_METRICS } from './metrics.js';

/**
 * Route 53 hosted zones of the account (a global service, read in us-east-1): public or private,
 * record count, DNS query logging, DNSSEC signing of public zones, and the CNAME and alias targets
 * of each zone.
 */
export const route53Scanner = defineAwsScanner({
  service: 'route53',
  title: 'Amazon Route 53 hosted zones',
  scope: 'global',
  metrics: ROUTE53_METRICS,
  permissions: ROUTE53_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectRoute53Snapshot(ctx),
  extract: extractRoute53Events,
});
