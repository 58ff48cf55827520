import { ELASTICACHE } from '../../../providers/aws/services/elasticache/model.js';
import { defineCheck } from '../../define.js';
import { judgeRedis } from './judge.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_rest_encryption_enabled',
  scanner: ELASTICACHE,
  reads: ['cacheClusters', 'replicationGroups'],
  resource_type: 'AwsElastiCacheReplicationGroup',
  title: 'ElastiCache (Valkey, Redis OSS) replication groups are encrypted at rest',
  description:
    'AtRestEncryptionEnabled of each replication group and standalone node: on passes (the KMS key is named when it is a customer managed one), off fails.',
  severity: 'medium',
  risk: 'Backups, swap and data synchronised to disk are stored unencrypted: whoever gets the storage or a copied snapshot reads the cache.',
  remediation: {
    text: 'Encryption at rest is chosen at creation: create an encrypted replication group (optionally with a customer managed KMS key) from a backup of this one and move clients to it.',
    cli: 'aws elasticache create-replication-group --replication-group-id <new-id> --replication-group-description <text> --snapshot-name <backup> --at-rest-encryption-enabled --kms-key-id <key>',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html',
  },
  compliance: { aws_fsbp: ['ElastiCache.4'] },
  *evaluate(snapshot, ctx) {
    yield* judgeRedis(snapshot, ctx, (t) =>
      t.atRestEncryption
        ? {
            status: 'PASS',
            reason: `${t.label} is encrypted at rest${t.kmsKeyId ? ` with KMS key ${t.kmsKeyId}` : ' (AWS owned key)'}`,
          }
        : { status: 'FAIL', reason: `${t.label} is not encrypted at rest` },
    );
  },
});
