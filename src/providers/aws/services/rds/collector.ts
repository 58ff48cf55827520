import { collectPages } from '../../pages.js';
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  RDSClient,
} from '@aws-sdk/client-rds';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import pLimit from 'p-limit';
import { thresholdsOf } from '../../../../core/index.js';
import { metricWindow, MetricsCollector, usableValues } from '../../cloudwatch.js';
import { PriceBook } from '../../pricing.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { available, guardedRead, type Read } from '../../read.js';
import {
  mapCluster,
  mapClusterSnapshot,
  mapInstance,
  mapInstanceSnapshot,
  mapSharing,
  type UnsharedSnapshot,
} from './mapper.js';
import type {
  RdsInstance,
  RdsPerformance,
  RdsPricing,
  RdsRegionSnapshot,
  RdsSnapshot,
  SnapshotSharing,
} from './model.js';
import { assembleDbPerformance, planDbQueries } from './performance.js';
import { deriveRdsSignals, idleInstances } from './signals.js';

/** The IAM actions the collector calls (pricing only for a scan with options.cost). */

/** MaxRecords accepts 20 to 100. */
const PAGE_SIZE = 100;
/**
 * Sharing is one call per manual snapshot (no list call returns it): manual snapshots are few, and
 * at most this many of these calls run at once.
 */
const ATTRIBUTE_CONCURRENCY = 5;

/** A snapshot deleted between the list and the attribute call. */
const SNAPSHOT_GONE = [
  'DBSnapshotNotFound',
  'DBSnapshotNotFoundFault',
  'DBClusterSnapshotNotFoundFault',
];

/** Who may restore each manual snapshot; a denied or vanished snapshot is recorded on it. */
function readSharing(
  ctx: AwsUnitContext,
  client: RDSClient,
  snapshot: UnsharedSnapshot,
): Promise<Read<SnapshotSharing>> {
  const options = { abortSignal: ctx.signal };
  if (snapshot.kind === 'instance') {
    return guardedRead(
      ctx,
      'rds:DescribeDBSnapshotAttributes',
      async () =>
        mapSharing(
          (
            await client.send(
              new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: snapshot.id }),
              options,
            )
          ).DBSnapshotAttributesResult?.DBSnapshotAttributes,
        ),
      { absentCodes: SNAPSHOT_GONE },
    );
  }
  return guardedRead(
    ctx,
    'rds:DescribeDBClusterSnapshotAttributes',
    async () =>
      mapSharing(
        (
          await client.send(
            new DescribeDBClusterSnapshotAttributesCommand({
              DBClusterSnapshotIdentifier: snapshot.id,
            }),
            options,
          )
        ).DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes,
      ),
    { absentCodes: SNAPSHOT_GONE },
  );
}

/**
 * One region's RDS snapshot: paginated lists of instances, clusters and manual snapshots, every
 * instance's CloudWatch statistics in one batched fetch and, with options.cost, the price of the
 * idle ones.
 */
export async function collectRdsSnapshot(ctx: AwsUnitContext): Promise<RdsRegionSnapshot> {
  const client = ctx.clients.get(RDSClient);
  const options = { abortSignal: ctx.signal };
  const config = { client, pageSize: PAGE_SIZE };
  // Only this account's own manual snapshots: public and shared-with-us ones are not ours to judge.
  const manual = { SnapshotType: 'manual', IncludePublic: false, IncludeShared: false };

  const [instances, clusters, instanceSnapshots, clusterSnapshots] = await Promise.all([
    collectPages(
      paginateDescribeDBInstances(config, {}, options),
      (p) => p.DBInstances,
      mapInstance,
    ),
    collectPages(paginateDescribeDBClusters(config, {}, options), (p) => p.DBClusters, mapCluster),
    collectPages(
      paginateDescribeDBSnapshots(config, { ...manual }, options),
      (p) => p.DBSnapshots,
      (raw) => mapInstanceSnapshot(raw, ctx.accountId),
    ),
    collectPages(
      paginateDescribeDBClusterSnapshots(config, { ...manual }, options),
      (p) => p.DBClusterSnapshots,
      (raw) => mapClusterSnapshot(raw, ctx.accountId),
    ),
  ]);

  const limit = pLimit(ATTRIBUTE_CONCURRENCY);
  const snapshots: RdsSnapshot[] = await Promise.all(
    [...instanceSnapshots, ...clusterSnapshots].map((snapshot) =>
      limit(async () => ({ ...snapshot, sharing: await readSharing(ctx, client, snapshot) })),
    ),
  );

  const performance = await collectPerformance(ctx, instances);
  const collected: RdsRegionSnapshot = { instances, clusters, snapshots, performance };
  if (!ctx.options.cost) return { ...collected, pricing: { state: 'not_requested' } };
  return { ...collected, pricing: await collectPrices(ctx, collected) };
}

/** Every DB instance's statistics in one batched GetMetricData fetch. */
async function collectPerformance(
  ctx: AwsUnitContext,
  instances: readonly RdsInstance[],
): Promise<RdsPerformance> {
  const windowDays = ctx.options.metrics_window_days;
  const plan = planDbQueries(instances);
  if (plan.queries.length === 0) return available({ windowDays, instances: {} });
  const metrics = new MetricsCollector(
    metricWindow(ctx.clock.now(), windowDays, ctx.options.metrics_period_seconds),
  );
  metrics.add(plan.queries);
  const cloudwatch = ctx.clients.get(CloudWatchClient);
  const results = await guardedRead(ctx, 'cloudwatch:GetMetricData', () =>
    metrics.fetch(cloudwatch, { signal: ctx.signal, meter: ctx.meter }),
  );
  if (results.state !== 'available') return results;
  return available({
    windowDays,
    instances: assembleDbPerformance(plan, usableValues(results.value)),
  });
}

/** The hourly price of each idle DB instance (engines with a license-free price only). */
async function collectPrices(
  ctx: AwsUnitContext,
  snapshot: RdsRegionSnapshot,
): Promise<RdsPricing> {
  const idle = idleInstances(snapshot, deriveRdsSignals(snapshot, thresholdsOf(ctx.options)));
  const book = new PriceBook({ clients: ctx.clients, cache: ctx.cache, signal: ctx.signal });
  const priced = await guardedRead(ctx, 'pricing:GetProducts', async () => {
    const prices = await Promise.all(
      idle.map((i) =>
        // An Aurora instance is priced as one instance; its cluster's Multi-AZ is other instances.
        book.rdsInstanceHourly(ctx.region, i.instanceClass, i.engine, i.multiAz && !i.clusterId),
      ),
    );
    const out: Record<string, number> = {};
    idle.forEach((instance, index) => {
      const price = prices[index];
      if (price !== undefined) out[instance.id] = price;
    });
    return out;
  });
  return priced;
}
