import type { Thresholds } from '../../../../core/index.js';
import type { CacheCluster, ElastiCacheRegionSnapshot } from './model.js';

/**
 * Idle: an available cache cluster whose average CPU stayed below idle_cpu_percent and that
 * accepted no more than idle_db_connections new connections over a whole window it existed for.
 * Peak current connections are not used: replicas and the service's own monitoring hold a few
 * open on every node. undefined when a statistic is missing or the cluster is younger than the
 * window.
 */
export function isIdleCluster(
  cluster: CacheCluster,
  performance: ElastiCacheRegionSnapshot['performance'],
  t: Pick<Thresholds, 'idle_cpu_percent' | 'idle_db_connections'>,
): boolean | undefined {
  if (performance.status !== 'collected' || cluster.status !== 'available') return undefined;
  const stats = performance.resources[cluster.arn];
  if (stats?.cpu === undefined || stats.newConnections === undefined) return undefined;
  if (!cluster.createdTime || cluster.createdTime > performance.windowStart) return undefined;
  return stats.cpu < t.idle_cpu_percent && stats.newConnections <= t.idle_db_connections;
}

/** The cache clusters judged idle, whose price the waste estimate needs. */
export function idleClusters(
  snapshot: Pick<ElastiCacheRegionSnapshot, 'cacheClusters' | 'performance'>,
  t: Pick<Thresholds, 'idle_cpu_percent' | 'idle_db_connections'>,
): CacheCluster[] {
  return snapshot.cacheClusters.filter((c) => isIdleCluster(c, snapshot.performance, t) === true);
}
