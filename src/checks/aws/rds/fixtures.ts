import type {
  RdsCluster,
  RdsInstance,
  RdsRegionSnapshot,
  RdsSnapshot,
} from '../../../providers/aws/services/rds/model.js';

export const dbArn = (id: string) => `arn:aws:rds:eu-west-3:123456789012:db:${id}`;
export const clusterArn = (id: string) => `arn:aws:rds:eu-west-3:123456789012:cluster:${id}`;

/** A DB instance configured as the checks recommend; tests override one setting at a time. */
export function instance(id: string, overrides: Partial<RdsInstance> = {}): RdsInstance {
  return {
    arn: dbArn(id),
    id,
    engine: 'postgres',
    engineVersion: '16.4',
    status: 'available',
    instanceClass: 'db.t4g.medium',
    storageType: 'gp3',
    allocatedStorageGib: 20,
    storageEncrypted: true,
    kmsKeyId: 'arn:aws:kms:eu-west-3:123456789012:key/k-1',
    multiAz: true,
    publiclyAccessible: false,
    backupRetentionDays: 7,
    deletionProtection: true,
    autoMinorVersionUpgrade: true,
    iamDatabaseAuthentication: true,
    performanceInsights: true,
    monitoringIntervalSeconds: 60,
    parameterGroups: ['default.postgres16'],
    tags: {},
    ...overrides,
  };
}

export function cluster(id: string, overrides: Partial<RdsCluster> = {}): RdsCluster {
  return {
    arn: clusterArn(id),
    id,
    engine: 'aurora-postgresql',
    engineVersion: '16.4',
    status: 'available',
    storageEncrypted: true,
    multiAz: true,
    backupRetentionDays: 7,
    deletionProtection: true,
    iamDatabaseAuthentication: true,
    parameterGroups: [],
    memberInstanceIds: [`${id}-1`, `${id}-2`],
    tags: {},
    ...overrides,
  };
}

export function dbSnapshot(id: string, overrides: Partial<RdsSnapshot> = {}): RdsSnapshot {
  return {
    kind: 'instance',
    arn: `arn:aws:rds:eu-west-3:123456789012:snapshot:${id}`,
    id,
    sourceId: 'db-1',
    engine: 'postgres',
    encrypted: true,
    tags: {},
    sharing: { state: 'available', value: { public: false, sharedWithAccounts: [] } },
    ...overrides,
  };
}

export function snapshot(parts: Partial<RdsRegionSnapshot>): RdsRegionSnapshot {
  return { instances: [], clusters: [], snapshots: [], ...parts };
}
