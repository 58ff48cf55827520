import { ELASTICACHE, majorMinor } from '../../../providers/aws/services/elasticache/model.js';
import { defineCheck } from '../../define.js';
import { judgeRedis } from './judge.js';

/** Redis OSS 4 and 5 left standard support on 31 January 2026 (extended support is billed). */
const OLDEST_SUPPORTED_MAJOR = 6;

export default defineCheck({
  id: 'elasticache_redis_cluster_engine_version_supported',
  scanner: ELASTICACHE,
  reads: ['cacheClusters', 'replicationGroups'],
  resource_type: 'AwsElastiCacheReplicationGroup',
  title: 'ElastiCache (Valkey, Redis OSS) replication groups run an engine in standard support',
  description:
    'The engine version of each replication group’s nodes (DescribeCacheClusters) and of each standalone node: Valkey, or Redis OSS 6 and later, passes; Redis OSS 4 and 5 (out of standard support since 31 January 2026, without RBAC) fail. A version not read, or nodes of mixed versions, is an ERROR.',
  severity: 'medium',
  risk: 'An engine out of standard support gets no fixes unless extended support is paid for (a premium on every node hour), and Redis OSS before 6 has no RBAC: one shared AUTH token for every client.',
  remediation: {
    text: 'Upgrade to Valkey (ElastiCache’s supported successor) or Redis OSS 7.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --engine valkey --engine-version 8.0 --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    yield* judgeRedis(snapshot, ctx, (t) => {
      const version = majorMinor(t.engineVersion);
      if (!version)
        return {
          status: 'ERROR',
          reason: `the engine version of ${t.label} is unknown: its nodes were not listed or run mixed versions`,
        };
      if (t.engine === 'valkey')
        return { status: 'PASS', reason: `${t.label} runs Valkey ${t.engineVersion}` };
      return version[0] >= OLDEST_SUPPORTED_MAJOR
        ? { status: 'PASS', reason: `${t.label} runs Redis OSS ${t.engineVersion}` }
        : {
            status: 'FAIL',
            reason: `${t.label} runs Redis OSS ${t.engineVersion}, out of standard support since 31 January 2026`,
          };
    });
  },
});
