import { defineAwsScanner } from '../../define-scanner.js';
import { ELB_PERMISSIONS } from './permissions.js';
import { extractElbEvents } from './extract.js';
import { ELB_METRICS } from './metrics.js';

/**
 * Classic Load Balancers of one region (the ones ELBv2 does not list): listeners and their SSL
 * policies, access logs, connection draining, cross-zone balancing, zones, desync mitigation,
 * registered instances and traffic, idle ones and what they cost.
 */
export const elbScanner = defineAwsScanner({
  service: 'elb',
  title: 'Elastic Load Balancing (Classic Load Balancers)',
  scope: 'regional',
  metrics: ELB_METRICS,
  permissions: ELB_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectElbSnapshot(ctx),
  extract: extractElbEvents,
});
