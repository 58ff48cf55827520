import { thresholdsOf } from '../../../../core/index.js';
import { defineAwsScanner } from '../../define-scanner.js';
import { RDS_PERMISSIONS } from './permissions.js';
import { extractRdsEvents } from './extract.js';
import { RDS_METRICS } from './metrics.js';
import { deriveRdsSignals, rdsPerformanceEvents, rdsSignalEvents } from './signals.js';

/**
 * RDS and Aurora of one region: DB instances, clusters and their manual snapshots, with CloudWatch
 * performance, idle/over-provisioned/burst signals and, with options.cost, idle databases in dollars.
 */
export const rdsScanner = defineAwsScanner({
  service: 'rds',
  title: 'Amazon RDS',
  scope: 'regional',
  metrics: RDS_METRICS,
  permissions: RDS_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectRdsSnapshot(ctx),
  *extract(snapshot, ctx) {
    yield* extractRdsEvents(snapshot, ctx);
    yield* rdsPerformanceEvents(snapshot);
    const signals = deriveRdsSignals(snapshot, thresholdsOf(ctx.options));
    yield* rdsSignalEvents(snapshot, signals, ctx);
  },
});
