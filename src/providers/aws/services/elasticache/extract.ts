import { thresholdsOf, type EventDraft, type ScanOptions } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { nodeHoursWaste, pricingUnavailableEvent } from '../../pricing.js';
import { readError } from '../../read.js';
import { ELASTICACHE_METRIC as E } from './metrics.js';
import {
  groupEngineVersion,
  type CacheCluster,
  type ElastiCacheRegionSnapshot,
  type ReplicationGroup,
} from './model.js';
import { isIdleCluster } from './signals.js';

type Value = EventDraft['metric_value'];

function* clusterFacts(c: CacheCluster): Generator<[string, Value]> {
  yield [E.clusterId, c.id];
  if (c.replicationGroupId) yield [E.replicationGroupId, c.replicationGroupId];
  yield [E.engine, c.engine];
  if (c.engineVersion) yield [E.engineVersion, c.engineVersion];
  yield [E.status, c.status];
  if (c.nodeType) yield [E.nodeType, c.nodeType];
  yield [E.nodeCount, c.numNodes];
  yield [E.autoMinorVersionUpgrade, c.autoMinorVersionUpgrade];
  yield [E.transitEncryption, c.transitEncryption];
  if (c.subnetGroup) yield [E.subnetGroup, c.subnetGroup];
  if (c.engine === 'memcached') return;
  yield [E.atRestEncryption, c.atRestEncryption];
  yield [E.authTokenEnabled, c.authTokenEnabled];
  if (!c.replicationGroupId) {
    yield [E.snapshotRetentionDays, c.snapshotRetentionLimit];
    yield [E.singleNode, true];
  }
}

function* groupFacts(
  g: ReplicationGroup,
  clusters: readonly CacheCluster[],
): Generator<[string, Value]> {
  yield [E.replicationGroupId, g.id];
  yield [E.engine, g.engine];
  const version = groupEngineVersion(g, clusters);
  if (version) yield [E.engineVersion, version];
  yield [E.status, g.status];
  if (g.nodeType) yield [E.nodeType, g.nodeType];
  yield [E.nodeCount, g.nodeCount];
  yield [E.shardCount, g.shardCount];
  yield [E.automaticFailover, g.automaticFailover];
  yield [E.multiAz, g.multiAz === 'enabled'];
  yield [E.singleNode, g.nodeCount <= 1];
  yield [E.snapshotRetentionDays, g.snapshotRetentionLimit];
  if (g.autoMinorVersionUpgrade !== undefined)
    yield [E.autoMinorVersionUpgrade, g.autoMinorVersionUpgrade];
  yield [E.transitEncryption, g.transitEncryption];
  if (g.transitEncryptionMode) yield [E.transitEncryptionMode, g.transitEncryptionMode];
  yield [E.atRestEncryption, g.atRestEncryption];
  if (g.kmsKeyId) yield [E.kmsKeyId, g.kmsKeyId];
  yield [E.authTokenEnabled, g.authTokenEnabled];
  yield [E.userGroupIds, g.userGroupIds];
}

/** Pure: the region's cache clusters and replication groups → events, each on its ARN. */
export function* extractElastiCacheEvents(
  snapshot: ElastiCacheRegionSnapshot,
  ctx: { accountId: string; region: string; options: ScanOptions },
): Generator<EventDraft> {
  const on =
    (resource_id: string) =>
    ([metric_type, metric_value]: [string, Value]): EventDraft => ({
      resource_id,
      metric_type,
      metric_value,
    });
  const t = thresholdsOf(ctx.options);
  const { performance, pricing } = snapshot;
  for (const c of snapshot.cacheClusters) {
    const fact = on(c.arn);
    yield* [...clusterFacts(c)].map(fact);
    if (performance.status === 'unavailable') {
      yield fact([
        E.performanceDataUnavailable,
        { reason: 'cloudwatch_error', error_code: performance.errorCode },
      ]);
      continue;
    }
    const stats = performance.resources[c.arn] ?? {};
    if (stats.cpu !== undefined) yield fact([E.cpuAverage, stats.cpu]);
    if (stats.engineCpu !== undefined) yield fact([E.engineCpuAverage, stats.engineCpu]);
    if (stats.memory !== undefined) yield fact([E.memoryAverage, stats.memory]);
    if (stats.connections !== undefined) yield fact([E.connectionsMaximum, stats.connections]);
    if (stats.newConnections !== undefined) yield fact([E.newConnectionsSum, stats.newConnections]);
    const idle = isIdleCluster(c, performance, t);
    if (idle !== undefined) yield fact([E.idleCluster, idle]);
    if (idle !== true || pricing.state !== 'available') continue;
    const hourly = pricing.value[c.arn];
    if (hourly === undefined) continue;
    const waste = nodeHoursWaste(
      'idle_cache_cluster',
      [{ instanceType: c.nodeType ?? '', nodes: c.numNodes, hourlyUsd: hourly }],
      ctx.region,
    );
    yield fact([E.estimatedMonthlyWasteUsd, waste.monthlyUsd]);
    yield fact([E.wasteEstimate, waste.detail]);
  }
  const region = on(regionScopeId('elasticache', ctx.region, ctx.accountId));
  const unavailable = pricingUnavailableEvent(
    pricing,
    { service: 'elasticache', ...ctx },
    E.pricingUnavailable,
    'idle cache clusters',
  );
  if (unavailable) yield unavailable;
  const groups = snapshot.replicationGroups;
  if (groups.state !== 'available') {
    yield region([E.readError, [readError(groups) ?? '']]);
    return;
  }
  for (const g of groups.value) yield* [...groupFacts(g, snapshot.cacheClusters)].map(on(g.arn));
}
