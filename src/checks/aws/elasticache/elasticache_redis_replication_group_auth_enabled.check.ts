import { ELASTICACHE } from '../../../providers/aws/services/elasticache/model.js';
import { defineCheck } from '../../define.js';
import { judgeRedis } from './judge.js';

export default defineCheck({
  id: 'elasticache_redis_replication_group_auth_enabled',
  scanner: ELASTICACHE,
  reads: ['cacheClusters', 'replicationGroups'],
  resource_type: 'AwsElastiCacheReplicationGroup',
  title: 'ElastiCache (Valkey, Redis OSS) replication groups authenticate clients (AUTH or RBAC)',
  description:
    'AuthTokenEnabled and UserGroupIds of each replication group and standalone node: an AUTH token or an RBAC user group passes; neither fails (any client that reaches the port runs every command).',
  severity: 'high',
  risk: 'Without AUTH or RBAC, any host that reaches the port (a compromised instance in the VPC, a peered network) can read, change or flush every key, and run CONFIG commands.',
  remediation: {
    text: 'On Valkey or Redis OSS 6 and later attach an RBAC user group; on earlier versions set an AUTH token (both need encryption in transit).',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --user-group-ids-to-add <user-group> --apply-immediately',
    console: 'ElastiCache → Valkey/Redis OSS caches → <cache> → Modify → Access control',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html',
  },
  compliance: { aws_fsbp: ['ElastiCache.6'] },
  *evaluate(snapshot, ctx) {
    yield* judgeRedis(snapshot, ctx, (t) =>
      t.userGroupIds.length > 0
        ? {
            status: 'PASS',
            reason: `${t.label} authenticates clients with RBAC user group ${t.userGroupIds.join(', ')}`,
          }
        : t.authTokenEnabled
          ? { status: 'PASS', reason: `${t.label} requires the AUTH token` }
          : {
              status: 'FAIL',
              reason: `${t.label} has neither an AUTH token nor an RBAC user group: any client that reaches it is let in`,
            },
    );
  },
});
