import type {
  CacheCluster as SdkCacheCluster,
  ReplicationGroup as SdkReplicationGroup,
} from '@aws-sdk/client-elasticache';
import type { CacheCluster, ReplicationGroup } from './model.js';

export function mapCacheCluster(c: SdkCacheCluster): CacheCluster | undefined {
  if (!c.ARN || !c.CacheClusterId) return undefined;
  return {
    arn: c.ARN,
    id: c.CacheClusterId,
    engine: c.Engine ?? 'redis',
    ...(c.EngineVersion ? { engineVersion: c.EngineVersion } : {}),
    status: c.CacheClusterStatus ?? 'unknown',
    ...(c.CacheNodeType ? { nodeType: c.CacheNodeType } : {}),
    numNodes: c.NumCacheNodes ?? 0,
    ...(c.ReplicationGroupId ? { replicationGroupId: c.ReplicationGroupId } : {}),
    snapshotRetentionLimit: c.SnapshotRetentionLimit ?? 0,
    transitEncryption: c.TransitEncryptionEnabled === true,
    atRestEncryption: c.AtRestEncryptionEnabled === true,
    authTokenEnabled: c.AuthTokenEnabled === true,
    autoMinorVersionUpgrade: c.AutoMinorVersionUpgrade === true,
    ...(c.CacheSubnetGroupName ? { subnetGroup: c.CacheSubnetGroupName } : {}),
    ...(c.PreferredAvailabilityZone ? { availabilityZone: c.PreferredAvailabilityZone } : {}),
    ...(c.CacheClusterCreateTime ? { createdTime: c.CacheClusterCreateTime.toISOString() } : {}),
  };
}

export function mapReplicationGroup(g: SdkReplicationGroup): ReplicationGroup | undefined {
  if (!g.ARN || !g.ReplicationGroupId) return undefined;
  const groups = g.NodeGroups ?? [];
  return {
    arn: g.ARN,
    id: g.ReplicationGroupId,
    engine: g.Engine ?? 'redis',
    status: g.Status ?? 'unknown',
    ...(g.CacheNodeType ? { nodeType: g.CacheNodeType } : {}),
    memberClusters: [...(g.MemberClusters ?? [])],
    shardCount: groups.length,
    nodeCount:
      groups.length > 0
        ? groups.reduce((n, ng) => n + (ng.NodeGroupMembers?.length ?? 0), 0)
        : (g.MemberClusters?.length ?? 0),
    automaticFailover: g.AutomaticFailover ?? 'disabled',
    multiAz: g.MultiAZ ?? 'disabled',
    snapshotRetentionLimit: g.SnapshotRetentionLimit ?? 0,
    transitEncryption: g.TransitEncryptionEnabled === true,
    ...(g.TransitEncryptionMode ? { transitEncryptionMode: g.TransitEncryptionMode } : {}),
    atRestEncryption: g.AtRestEncryptionEnabled === true,
    ...(g.KmsKeyId ? { kmsKeyId: g.KmsKeyId } : {}),
    authTokenEnabled: g.AuthTokenEnabled === true,
    userGroupIds: [...(g.UserGroupIds ?? [])],
    clusterEnabled: g.ClusterEnabled === true,
    ...(g.AutoMinorVersionUpgrade !== undefined
      ? { autoMinorVersionUpgrade: g.AutoMinorVersionUpgrade }
      : {}),
    ...(g.ReplicationGroupCreateTime
      ? { createdTime: g.ReplicationGroupCreateTime.toISOString() }
      : {}),
  };
}

/** The Price List's cacheEngine for an engine DescribeCacheClusters names. */
export const PRICE_ENGINES: Readonly<Record<string, string>> = {
  redis: 'Redis',
  valkey: 'Valkey',
  memcached: 'Memcached',
};
