import { thresholdsOf } from '../../../../core/index.js';
import { defineAwsScanner } from '../../define-scanner.js';
import { EC2_PERMISSIONS } from './permissions.js';
import {
  extractEc2,
  extractSignals,
  extractSnapshots,
  extractVolumePerformance,
} from './extract.js';
import { EC2_METRICS } from './metrics.js';

/**
 * Amazon EC2: instances, their EBS volumes and snapshots and Elastic IPs, with CloudWatch
 * performance, derived idle/over-provisioned/burst signals and, with options.cost, waste in dollars.
 */
export const ec2Scanner = defineAwsScanner({
  service: 'ec2',
  title: 'Amazon EC2',
  scope: 'regional',
  metrics: EC2_METRICS,
  permissions: EC2_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectEc2(ctx),
  *extract(snapshot, ctx) {
    const scope = { accountId: ctx.accountId, region: ctx.region };
    const now = ctx.clock.now();
    yield* extractEc2(snapshot, scope);
    yield* extractVolumePerformance(snapshot, scope);
    yield* extractSnapshots(snapshot, scope);
    yield* extractSignals(snapshot, { ...scope, now, thresholds: thresholdsOf(ctx.options) });
  },
});
