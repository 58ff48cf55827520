import type { Thresholds } from '../../../../core/index.js';
import type { RedshiftCluster, RedshiftRegionSnapshot } from './model.js';

/**
 * Idle: an available cluster that never had more than idle_db_connections database connections
 * open (DatabaseConnections, Maximum) over a whole window it existed for. undefined when the
 * statistic is missing, the cluster is younger than the window, or it is not available: a paused
 * cluster bills no compute, and one resizing or modifying is judged once it is back.
 */
export function isIdleCluster(
  cluster: RedshiftCluster,
  performance: RedshiftRegionSnapshot['performance'],
  t: Pick<Thresholds, 'idle_db_connections'>,
): boolean | undefined {
  if (performance.status !== 'collected' || cluster.status !== 'available') return undefined;
  const connections = performance.resources[cluster.arn]?.connections;
  if (connections === undefined) return undefined;
  if (!cluster.createdTime || cluster.createdTime > performance.windowStart) return undefined;
  return connections <= t.idle_db_connections;
}
