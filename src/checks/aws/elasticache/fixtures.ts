/** ElastiCache snapshots for the check tests, in the collector's normalized shapes. */
import type {
  CacheCluster,
  ElastiCacheRegionSnapshot,
  ReadFailure,
  ReplicationGroup,
} from '../../../providers/aws/services/elasticache/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDenied',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export function node(id: string, overrides: Partial<CacheCluster> = {}): CacheCluster {
  return {
    arn: `arn:aws:elasticache:${REGION}:${ACCOUNT}:cluster:${id}`,
    id,
    engine: 'valkey',
    engineVersion: '8.0.1',
    status: 'available',
    nodeType: 'cache.r7g.large',
    numNodes: 1,
    snapshotRetentionLimit: 7,
    transitEncryption: true,
    atRestEncryption: true,
    authTokenEnabled: false,
    autoMinorVersionUpgrade: true,
    subnetGroup: 'private-cache',
    createdTime: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function group(id: string, overrides: Partial<ReplicationGroup> = {}): ReplicationGroup {
  return {
    arn: `arn:aws:elasticache:${REGION}:${ACCOUNT}:replicationgroup:${id}`,
    id,
    engine: 'valkey',
    status: 'available',
    nodeType: 'cache.r7g.large',
    memberClusters: [`${id}-001`, `${id}-002`],
    shardCount: 1,
    nodeCount: 2,
    automaticFailover: 'enabled',
    multiAz: 'enabled',
    snapshotRetentionLimit: 7,
    transitEncryption: true,
    transitEncryptionMode: 'required',
    atRestEncryption: true,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d`,
    authTokenEnabled: false,
    userGroupIds: [`${id}-users`],
    clusterEnabled: false,
    autoMinorVersionUpgrade: true,
    createdTime: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function snapshot(
  cacheClusters: CacheCluster[],
  replicationGroups: ElastiCacheRegionSnapshot['replicationGroups'],
): ElastiCacheRegionSnapshot {
  return {
    region: REGION,
    cacheClusters,
    replicationGroups,
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      resources: {},
    },
    pricing: { state: 'not_requested' },
  };
}

/** Sound Valkey; Redis OSS 5 single node with nothing on; preferred TLS with an AUTH token; a standalone Redis node; Memcached. */
export const sound = group('sessions');
export const sloppy = group('legacy-cache', {
  engine: 'redis',
  memberClusters: ['legacy-cache-001'],
  nodeCount: 1,
  automaticFailover: 'disabled',
  multiAz: 'disabled',
  snapshotRetentionLimit: 0,
  transitEncryption: false,
  atRestEncryption: false,
  userGroupIds: [],
  autoMinorVersionUpgrade: false,
});
const { kmsKeyId: _key, transitEncryptionMode: _mode, ...tokenBase } = group('tokens');
export const tokens: ReplicationGroup = {
  ...tokenBase,
  engine: 'redis',
  transitEncryptionMode: 'preferred',
  authTokenEnabled: true,
  userGroupIds: [],
  automaticFailover: 'disabled',
};
export const soundNodes = [
  node('sessions-001', { replicationGroupId: 'sessions' }),
  node('sessions-002', { replicationGroupId: 'sessions' }),
];
export const sloppyNode = node('legacy-cache-001', {
  engine: 'redis',
  engineVersion: '5.0.6',
  replicationGroupId: 'legacy-cache',
  snapshotRetentionLimit: 0,
  transitEncryption: false,
  atRestEncryption: false,
  autoMinorVersionUpgrade: false,
});
export const tokenNodes = [
  node('tokens-001', { engine: 'redis', engineVersion: '7.1.0', replicationGroupId: 'tokens' }),
  node('tokens-002', { engine: 'redis', engineVersion: '7.0.7', replicationGroupId: 'tokens' }),
];
export const standalone = node('lone', {
  engine: 'redis',
  engineVersion: '6.2.6',
  snapshotRetentionLimit: 1,
});
export const memo = node('memo', {
  engine: 'memcached',
  engineVersion: '1.6.22',
  numNodes: 3,
  snapshotRetentionLimit: 0,
  transitEncryption: false,
  atRestEncryption: false,
});

export const clusters = [...soundNodes, sloppyNode, ...tokenNodes, standalone, memo];
export const all = snapshot(clusters, { state: 'available', value: [sound, sloppy, tokens] });
export const groupsDenied = snapshot(clusters, DENIED('elasticache:DescribeReplicationGroups'));
