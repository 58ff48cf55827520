import { ELASTICACHE } from '../../../providers/aws/services/elasticache/model.js';
import { defineCheck } from '../../define.js';
import { judgeRedis } from './judge.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_automatic_failover_enabled',
  scanner: ELASTICACHE,
  reads: ['cacheClusters', 'replicationGroups'],
  resource_type: 'AwsElastiCacheReplicationGroup',
  title: 'ElastiCache (Valkey, Redis OSS) replication groups fail over automatically',
  description:
    'AutomaticFailover of each replication group: enabled passes; disabled fails, and a single node (a group without a replica, or a node outside any group) fails naming it: there is nothing to fail over to.',
  severity: 'medium',
  risk: 'When the primary node or its Availability Zone fails, writes stop until someone promotes a replica by hand; a single node loses the cache outright.',
  remediation: {
    text: 'Add at least one replica in another Availability Zone, then turn on automatic failover (and Multi-AZ).',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --automatic-failover-enabled --multi-az-enabled --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
  },
  compliance: { aws_fsbp: ['ElastiCache.3'] },
  *evaluate(snapshot, ctx) {
    yield* judgeRedis(snapshot, ctx, (t) =>
      t.automaticFailover === 'enabled'
        ? { status: 'PASS', reason: `${t.label} fails over automatically` }
        : t.nodeCount <= 1
          ? {
              status: 'FAIL',
              reason: `${t.label} is a single node: no replica to fail over to, its failure loses the cache`,
            }
          : {
              status: 'FAIL',
              reason: `${t.label} has automatic failover ${t.automaticFailover}`,
            },
    );
  },
});
