import type { CheckContext, CheckResult } from '../../../core/index.js';
import {
  groupEngineVersion,
  isRedisLike,
  type CacheCluster,
  type ElastiCacheRegionSnapshot,
  type ReplicationGroup,
} from '../../../providers/aws/services/elasticache/model.js';
import { regionScope, unreadable } from '../regional.js';

/** A Valkey or Redis OSS deployment: a replication group, or a node outside any group. */
export interface RedisTarget {
  arn: string;
  /** `replication group sessions` or `cache cluster cache-1`. */
  label: string;
  engine: string;
  engineVersion?: string;
  nodeCount: number;
  /** enabled, disabled…; `disabled` for a standalone node, which has no replica to fail over to. */
  automaticFailover: string;
  snapshotRetentionLimit: number;
  transitEncryption: boolean;
  transitEncryptionMode?: string;
  atRestEncryption: boolean;
  kmsKeyId?: string;
  authTokenEnabled: boolean;
  userGroupIds: string[];
}

function fromGroup(g: ReplicationGroup, clusters: readonly CacheCluster[]): RedisTarget {
  const engineVersion = groupEngineVersion(g, clusters);
  return {
    arn: g.arn,
    label: `replication group ${g.id}`,
    engine: g.engine,
    ...(engineVersion ? { engineVersion } : {}),
    nodeCount: g.nodeCount,
    automaticFailover: g.automaticFailover,
    snapshotRetentionLimit: g.snapshotRetentionLimit,
    transitEncryption: g.transitEncryption,
    ...(g.transitEncryptionMode ? { transitEncryptionMode: g.transitEncryptionMode } : {}),
    atRestEncryption: g.atRestEncryption,
    ...(g.kmsKeyId ? { kmsKeyId: g.kmsKeyId } : {}),
    authTokenEnabled: g.authTokenEnabled,
    userGroupIds: g.userGroupIds,
  };
}

function fromStandalone(c: CacheCluster): RedisTarget {
  return {
    arn: c.arn,
    label: `cache cluster ${c.id}`,
    engine: c.engine,
    ...(c.engineVersion ? { engineVersion: c.engineVersion } : {}),
    nodeCount: c.numNodes,
    automaticFailover: 'disabled',
    snapshotRetentionLimit: c.snapshotRetentionLimit,
    transitEncryption: c.transitEncryption,
    atRestEncryption: c.atRestEncryption,
    authTokenEnabled: c.authTokenEnabled,
    userGroupIds: [],
  };
}

export type Verdict = { status: 'PASS' | 'FAIL' | 'ERROR'; reason: string };

/**
 * One result per Valkey/Redis OSS deployment: every replication group (ERROR on the region, naming
 * the call, when they could not be listed) and every node outside a group.
 */
export function* judgeRedis(
  snapshot: Pick<ElastiCacheRegionSnapshot, 'cacheClusters' | 'replicationGroups'>,
  ctx: CheckContext,
  judge: (target: RedisTarget) => Verdict,
): Generator<CheckResult> {
  const groups = snapshot.replicationGroups;
  if (groups.state !== 'available')
    yield unreadable(regionScope('elasticache', ctx), 'the replication groups', groups);
  else
    for (const g of groups.value)
      yield { resource_id: g.arn, ...judge(fromGroup(g, snapshot.cacheClusters)) };
  for (const c of snapshot.cacheClusters)
    if (isRedisLike(c.engine) && !c.replicationGroupId)
      yield { resource_id: c.arn, ...judge(fromStandalone(c)) };
}
