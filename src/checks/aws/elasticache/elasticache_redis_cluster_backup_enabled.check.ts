import { ELASTICACHE } from '../../../providers/aws/services/elasticache/model.js';
import { defineCheck } from '../../define.js';
import { judgeRedis } from './judge.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_backup_enabled',
  scanner: ELASTICACHE,
  reads: ['cacheClusters', 'replicationGroups'],
  resource_type: 'AwsElastiCacheReplicationGroup',
  title: 'ElastiCache (Valkey, Redis OSS) replication groups have automatic backups',
  description:
    'SnapshotRetentionLimit of each replication group and standalone node: one day or more passes, 0 (automatic backups off) fails.',
  severity: 'medium',
  risk: 'Data lost to a bad deploy, a FLUSHALL or a failed node cannot be restored from a recent backup.',
  remediation: {
    text: 'Set a snapshot retention limit (at least one day) and a backup window.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --snapshot-retention-limit 7 --snapshot-window 03:00-04:00 --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html',
  },
  compliance: { aws_fsbp: ['ElastiCache.1'] },
  *evaluate(snapshot, ctx) {
    yield* judgeRedis(snapshot, ctx, (t) =>
      t.snapshotRetentionLimit > 0
        ? {
            status: 'PASS',
            reason: `${t.label} keeps automatic backups ${t.snapshotRetentionLimit} day(s)`,
          }
        : { status: 'FAIL', reason: `${t.label} has automatic backups off` },
    );
  },
});
