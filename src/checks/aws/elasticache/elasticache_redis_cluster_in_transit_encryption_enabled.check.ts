import { ELASTICACHE } from '../../../providers/aws/services/elasticache/model.js';
import { defineCheck } from '../../define.js';
import { judgeRedis } from './judge.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_in_transit_encryption_enabled',
  scanner: ELASTICACHE,
  reads: ['cacheClusters', 'replicationGroups'],
  resource_type: 'AwsElastiCacheReplicationGroup',
  title: 'ElastiCache (Valkey, Redis OSS) replication groups encrypt data in transit',
  description:
    'TransitEncryptionEnabled of each replication group and standalone node (DescribeReplicationGroups, DescribeCacheClusters): TLS on with the mode required passes; off, or in the preferred mode that still accepts plaintext clients, fails.',
  severity: 'medium',
  risk: 'Cached data (sessions, tokens, personal data) and the AUTH token cross the network in clear text and can be read or altered by anyone on the path.',
  remediation: {
    text: 'Turn on encryption in transit (first in the preferred mode while clients move to TLS, then required).',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --transit-encryption-enabled --transit-encryption-mode required --apply-immediately',
    console: 'ElastiCache → Valkey/Redis OSS caches → <cache> → Modify → Encryption in transit',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
  },
  compliance: { aws_fsbp: ['ElastiCache.5'] },
  *evaluate(snapshot, ctx) {
    yield* judgeRedis(snapshot, ctx, (t) =>
      !t.transitEncryption
        ? { status: 'FAIL', reason: `${t.label} does not encrypt data in transit` }
        : t.transitEncryptionMode === 'preferred'
          ? {
              status: 'FAIL',
              reason: `${t.label} encrypts in transit in the preferred mode: plaintext clients are still accepted`,
            }
          : { status: 'PASS', reason: `${t.label} requires TLS` },
    );
  },
});
