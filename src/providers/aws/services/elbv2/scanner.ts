import { defineAwsScanner } from '../../define-scanner.js';
import { ELBV2_PERMISSIONS } from './permissions.js';
import { extractElbv2Events } from './extract.js';
import { ELBV2_METRICS } from './metrics.js';

/**
 * Application, Network and Gateway Load Balancers of one region: listeners and their TLS policies,
 * access logs, deletion protection, header hygiene, target health and traffic, idle ones.
 */
export const elbv2Scanner = defineAwsScanner({
  service: 'elbv2',
  title: 'Elastic Load Balancing (Application, Network, Gateway)',
  scope: 'regional',
  metrics: ELBV2_METRICS,
  permissions: ELBV2_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectElbv2Snapshot(ctx),
  extract: extractElbv2Events,
});
