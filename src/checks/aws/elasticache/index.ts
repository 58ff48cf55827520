import type { CheckDefinition } from '../../../core/index.js';
import elasticache_cluster_auto_minor_version_upgrades from './elasticache_cluster_auto_minor_version_upgrades.check.js';
import elasticache_redis_cluster_automatic_failover_enabled from './elasticache_redis_cluster_automatic_failover_enabled.check.js';
import elasticache_redis_cluster_backup_enabled from './elasticache_redis_cluster_backup_enabled.check.js';
import elasticache_redis_cluster_engine_version_supported from './elasticache_redis_cluster_engine_version_supported.check.js';
import elasticache_redis_cluster_in_transit_encryption_enabled from './elasticache_redis_cluster_in_transit_encryption_enabled.check.js';
import elasticache_redis_cluster_rest_encryption_enabled from './elasticache_redis_cluster_rest_encryption_enabled.check.js';
import elasticache_redis_replication_group_auth_enabled from './elasticache_redis_replication_group_auth_enabled.check.js';

/** The ElastiCache checks: one line per check. */
export const ELASTICACHE_CHECKS: readonly CheckDefinition[] = [
  elasticache_cluster_auto_minor_version_upgrades,
  elasticache_redis_cluster_automatic_failover_enabled,
  elasticache_redis_cluster_backup_enabled,
  elasticache_redis_cluster_engine_version_supported,
  elasticache_redis_cluster_in_transit_encryption_enabled,
  elasticache_redis_cluster_rest_encryption_enabled,
  elasticache_redis_replication_group_auth_enabled,
];
