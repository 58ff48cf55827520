/** One region's ElastiCache cache clusters and replication groups in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { StatsRead } from '../../cloudwatch-stats.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** One cache cluster (DescribeCacheClusters): a Memcached cluster, or one node of Valkey/Redis OSS. */
export interface CacheCluster {
  arn: string;
  id: string;
  /** redis, valkey or memcached. */
  engine: string;
  engineVersion?: string;
  /** available, creating, modifying, deleting, snapshotting… */
  status: string;
  nodeType?: string;
  numNodes: number;
  /** The replication group the node belongs to; absent for a standalone cluster. */
  replicationGroupId?: string;
  /** Days automatic snapshots are kept; 0 turns them off (Memcached has none). */
  snapshotRetentionLimit: number;
  transitEncryption: boolean;
  atRestEncryption: boolean;
  authTokenEnabled: boolean;
  autoMinorVersionUpgrade: boolean;
  subnetGroup?: string;
  availabilityZone?: string;
  /** ISO 8601. */
  createdTime?: string;
}

/** One Valkey or Redis OSS replication group (DescribeReplicationGroups). */
export interface ReplicationGroup {
  arn: string;
  id: string;
  /** redis or valkey. */
  engine: string;
  status: string;
  nodeType?: string;
  memberClusters: string[];
  /** Node groups (shards) and their nodes. */
  shardCount: number;
  nodeCount: number;
  /** enabled, disabled, enabling or disabling. */
  automaticFailover: string;
  /** enabled or disabled. */
  multiAz: string;
  snapshotRetentionLimit: number;
  transitEncryption: boolean;
  /** preferred (plaintext still accepted) or required. */
  transitEncryptionMode?: string;
  atRestEncryption: boolean;
  kmsKeyId?: string;
  authTokenEnabled: boolean;
  /** RBAC user groups attached to the group. */
  userGroupIds: string[];
  clusterEnabled: boolean;
  autoMinorVersionUpgrade?: boolean;
  /** ISO 8601. */
  createdTime?: string;
}

export type ElastiCacheStatField =
  'cpu' | 'engineCpu' | 'memory' | 'connections' | 'newConnections';

/** On-demand hourly prices (USD) of one node of each idle cluster, by cluster ARN; only with options.cost. */
export type ElastiCachePricing = Read<Record<string, number>> | { state: 'not_requested' };

export interface ElastiCacheRegionSnapshot {
  region: string;
  /** DescribeCacheClusters: the unit's primary listing. */
  cacheClusters: CacheCluster[];
  /** DescribeReplicationGroups (Valkey and Redis OSS). */
  replicationGroups: Read<ReplicationGroup[]>;
  /**
   * Average CPU and engine CPU, average memory in use, peak and new connections of each cache
   * cluster (AWS/ElastiCache, CacheClusterId), by cluster ARN, in one batched fetch.
   */
  performance: StatsRead<ElastiCacheStatField>;
  pricing: ElastiCachePricing;
}

/** A Valkey or Redis OSS engine (Memcached has no replication, AUTH, backups or encryption at rest). */
export function isRedisLike(engine: string): boolean {
  return engine === 'redis' || engine === 'valkey';
}

/** The engine version of a replication group: that of its member nodes, when they agree. */
export function groupEngineVersion(
  group: ReplicationGroup,
  clusters: readonly CacheCluster[],
): string | undefined {
  const versions = new Set(
    clusters
      .filter((c) => c.replicationGroupId === group.id && c.engineVersion)
      .map((c) => c.engineVersion!),
  );
  return versions.size === 1 ? [...versions][0] : undefined;
}

/** The major.minor of a version string (`7.1.0` → [7, 1]); undefined when it is not numeric. */
export function majorMinor(version: string | undefined): [number, number] | undefined {
  const match = /^(\d+)\.(\d+|x)/.exec(version ?? '');
  if (!match) return undefined;
  return [Number(match[1]), match[2] === 'x' ? 0 : Number(match[2])];
}

/** The ElastiCache scanner, as its checks name it. */
export const ELASTICACHE = scannerRef<ElastiCacheRegionSnapshot>('aws', 'elasticache');
