import { defineAwsScanner } from '../../define-scanner.js';
import { extractElastiCacheEvents } from './extract.js';
import { ELASTICACHE_METRICS } from './metrics.js';
import { ELASTICACHE_PERMISSIONS } from './permissions.js';

/**
 * ElastiCache of one region: cache clusters and Valkey/Redis OSS replication groups (encryption
 * in transit and at rest, AUTH and RBAC, automatic failover, single nodes, automatic backups,
 * engine versions), every cluster's CPU, memory and connections from CloudWatch in one batched
 * fetch and, with options.cost, idle clusters in dollars.
 */
export const elasticacheScanner = defineAwsScanner({
  service: 'elasticache',
  title: 'Amazon ElastiCache clusters and replication groups',
  scope: 'regional',
  metrics: ELASTICACHE_METRICS,
  permissions: ELASTICACHE_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectElastiCacheSnapshot(ctx),
  extract: extractElastiCacheEvents,
});
