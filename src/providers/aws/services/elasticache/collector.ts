import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  ElastiCacheClient,
  paginateDescribeCacheClusters,
  paginateDescribeReplicationGroups,
} from '@aws-sdk/client-elasticache';
import { thresholdsOf } from '../../../../core/index.js';
import { collectResourceStats, type StatSpec } from '../../cloudwatch-stats.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { PriceBook } from '../../pricing.js';
import { guardedRead } from '../../read.js';
import { mapCacheCluster, mapReplicationGroup, PRICE_ENGINES } from './mapper.js';
import type {
  CacheCluster,
  ElastiCachePricing,
  ElastiCacheRegionSnapshot,
  ElastiCacheStatField,
} from './model.js';
import { idleClusters } from './signals.js';

/** DescribeCacheClusters and DescribeReplicationGroups answer at most 100 records a page. */
const PAGE_SIZE = 100;

const NS = 'AWS/ElastiCache';
/** Every cache cluster's statistics, on its CacheClusterId dimension (aggregated over its nodes). */
const STATS: readonly StatSpec<ElastiCacheStatField>[] = [
  { field: 'cpu', namespace: NS, metricName: 'CPUUtilization', stat: 'Average' },
  { field: 'engineCpu', namespace: NS, metricName: 'EngineCPUUtilization', stat: 'Average' },
  { field: 'memory', namespace: NS, metricName: 'DatabaseMemoryUsagePercentage', stat: 'Average' },
  { field: 'connections', namespace: NS, metricName: 'CurrConnections', stat: 'Maximum' },
  { field: 'newConnections', namespace: NS, metricName: 'NewConnections', stat: 'Sum' },
];

/** The on-demand hourly price of one node of each idle cluster, from the Price List. */
async function collectPrices(
  ctx: AwsUnitContext,
  snapshot: Pick<ElastiCacheRegionSnapshot, 'cacheClusters' | 'performance'>,
): Promise<ElastiCachePricing> {
  const idle = idleClusters(snapshot, thresholdsOf(ctx.options)).filter(
    (c): c is CacheCluster & { nodeType: string } =>
      c.nodeType !== undefined && PRICE_ENGINES[c.engine] !== undefined,
  );
  if (idle.length === 0) return { state: 'available', value: {} };
  const book = new PriceBook({ clients: ctx.clients, cache: ctx.cache, signal: ctx.signal });
  return guardedRead(ctx, 'pricing:GetProducts', async () => {
    const prices = await Promise.all(
      idle.map((c) => book.elastiCacheNodeHourly(ctx.region, c.nodeType, PRICE_ENGINES[c.engine]!)),
    );
    const out: Record<string, number> = {};
    idle.forEach((c, i) => {
      const price = prices[i];
      if (price !== undefined) out[c.arn] = price;
    });
    return out;
  });
}

/**
 * One region's ElastiCache: the paginated cache clusters (the unit fails only if that listing
 * does), the replication groups, every cluster's CloudWatch statistics in one batched fetch and,
 * with options.cost, the price of the idle ones.
 */
export async function collectElastiCacheSnapshot(
  ctx: AwsUnitContext,
): Promise<ElastiCacheRegionSnapshot> {
  const client = ctx.clients.get(ElastiCacheClient);
  const config = { client, pageSize: PAGE_SIZE };
  const options = { abortSignal: ctx.signal };
  const cacheClusters = await collectPages(
    paginateDescribeCacheClusters(config, {}, options),
    (page) => page.CacheClusters,
    mapCacheCluster,
    ctx.signal,
  );
  // A region without any cache cluster has no replication group either (a group's nodes are
  // cache clusters); otherwise the groups are always listed, whatever engines the nodes show.
  const hasClusters = cacheClusters.length > 0;
  const [replicationGroups, performance] = await Promise.all([
    hasClusters
      ? guardedRead(ctx, 'elasticache:DescribeReplicationGroups', () =>
          collectPages(
            paginateDescribeReplicationGroups(config, {}, options),
            (page) => page.ReplicationGroups,
            mapReplicationGroup,
            ctx.signal,
          ),
        )
      : Promise.resolve({ state: 'available' as const, value: [] }),
    collectResourceStats(
      ctx,
      ctx.clients.get(CloudWatchClient),
      cacheClusters.map((c) => ({
        id: c.arn,
        dimensions: [{ name: 'CacheClusterId', value: c.id }],
      })),
      STATS,
    ),
  ]);
  const collected = { region: ctx.region, cacheClusters, replicationGroups, performance };
  if (!ctx.options.cost) return { ...collected, pricing: { state: 'not_requested' } };
  return { ...collected, pricing: await collectPrices(ctx, collected) };
}
