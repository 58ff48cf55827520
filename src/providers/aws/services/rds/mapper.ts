import type {
  DBCluster,
  DBClusterSnapshot,
  DBClusterSnapshotAttribute,
  DBInstance,
  DBSnapshot,
  DBSnapshotAttribute,
  Tag,
} from '@aws-sdk/client-rds';
import type { RdsCluster, RdsInstance, RdsSnapshot, SnapshotSharing, Tags } from './model.js';

export function mapTags(tags: readonly Tag[] | undefined): Tags {
  const out: Tags = {};
  for (const tag of tags ?? []) {
    if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? '';
  }
  return out;
}

/** `{ key: value }` when the value is present, else nothing: absent facts are not emitted. */
function opt<K extends string, V>(key: K, value: V | undefined | null | ''): { [P in K]?: V } {
  return value === undefined || value === null || value === ''
    ? {}
    : ({ [key]: value } as { [P in K]: V });
}

export function mapInstance(db: DBInstance): RdsInstance | undefined {
  if (!db.DBInstanceArn || !db.DBInstanceIdentifier) return undefined;
  return {
    arn: db.DBInstanceArn,
    id: db.DBInstanceIdentifier,
    engine: db.Engine ?? 'unknown',
    engineVersion: db.EngineVersion ?? 'unknown',
    instanceClass: db.DBInstanceClass ?? 'unknown',
    status: db.DBInstanceStatus ?? 'unknown',
    ...opt('storageType', db.StorageType),
    ...opt('allocatedStorageGib', db.AllocatedStorage),
    ...opt('maxAllocatedStorageGib', db.MaxAllocatedStorage),
    storageEncrypted: db.StorageEncrypted ?? false,
    ...opt('kmsKeyId', db.StorageEncrypted ? db.KmsKeyId : undefined),
    multiAz: db.MultiAZ ?? false,
    publiclyAccessible: db.PubliclyAccessible ?? false,
    ...opt('subnetGroup', db.DBSubnetGroup?.DBSubnetGroupName),
    ...opt('vpcId', db.DBSubnetGroup?.VpcId),
    ...opt('availabilityZone', db.AvailabilityZone),
    backupRetentionDays: db.BackupRetentionPeriod ?? 0,
    deletionProtection: db.DeletionProtection ?? false,
    autoMinorVersionUpgrade: db.AutoMinorVersionUpgrade ?? false,
    iamDatabaseAuthentication: db.IAMDatabaseAuthenticationEnabled ?? false,
    performanceInsights: db.PerformanceInsightsEnabled ?? false,
    monitoringIntervalSeconds: db.MonitoringInterval ?? 0,
    ...opt('caCertificate', db.CACertificateIdentifier ?? db.CertificateDetails?.CAIdentifier),
    parameterGroups: (db.DBParameterGroups ?? []).flatMap((g) =>
      g.DBParameterGroupName ? [g.DBParameterGroupName] : [],
    ),
    ...opt('clusterId', db.DBClusterIdentifier),
    ...opt('engineLifecycleSupport', db.EngineLifecycleSupport),
    tags: mapTags(db.TagList),
  };
}

export function mapCluster(cluster: DBCluster): RdsCluster | undefined {
  if (!cluster.DBClusterArn || !cluster.DBClusterIdentifier) return undefined;
  return {
    arn: cluster.DBClusterArn,
    id: cluster.DBClusterIdentifier,
    engine: cluster.Engine ?? 'unknown',
    engineVersion: cluster.EngineVersion ?? 'unknown',
    ...opt('engineMode', cluster.EngineMode),
    status: cluster.Status ?? 'unknown',
    ...opt('storageType', cluster.StorageType),
    // Aurora reports a placeholder AllocatedStorage of 1: its storage grows on its own.
    ...opt(
      'allocatedStorageGib',
      cluster.Engine?.startsWith('aurora') ? undefined : cluster.AllocatedStorage,
    ),
    storageEncrypted: cluster.StorageEncrypted ?? false,
    ...opt('kmsKeyId', cluster.StorageEncrypted ? cluster.KmsKeyId : undefined),
    multiAz: cluster.MultiAZ ?? false,
    ...opt('publiclyAccessible', cluster.PubliclyAccessible),
    ...opt('subnetGroup', cluster.DBSubnetGroup),
    backupRetentionDays: cluster.BackupRetentionPeriod ?? 0,
    deletionProtection: cluster.DeletionProtection ?? false,
    ...opt('autoMinorVersionUpgrade', cluster.AutoMinorVersionUpgrade),
    iamDatabaseAuthentication: cluster.IAMDatabaseAuthenticationEnabled ?? false,
    ...opt('performanceInsights', cluster.PerformanceInsightsEnabled),
    ...opt('monitoringIntervalSeconds', cluster.MonitoringInterval),
    ...opt('caCertificate', cluster.CertificateDetails?.CAIdentifier),
    parameterGroups: cluster.DBClusterParameterGroup ? [cluster.DBClusterParameterGroup] : [],
    ...opt('engineLifecycleSupport', cluster.EngineLifecycleSupport),
    ...opt('instanceClass', cluster.DBClusterInstanceClass),
    memberInstanceIds: (cluster.DBClusterMembers ?? []).flatMap((m) =>
      m.DBInstanceIdentifier ? [m.DBInstanceIdentifier] : [],
    ),
    tags: mapTags(cluster.TagList),
  };
}

/** A snapshot before its sharing is read (a separate, per-snapshot call). */
export type UnsharedSnapshot = Omit<RdsSnapshot, 'sharing'>;

/** The account in an ARN (`arn:aws:rds:eu-west-1:123456789012:snapshot:…`). */
function accountOfArn(arn: string): string | undefined {
  return arn.split(':')[4];
}

/**
 * Only a snapshot the scanned account owns: an endpoint that ignores `IncludeShared: false` or
 * `IncludePublic: false` answers with other accounts' snapshots, which are not this account's.
 */
export function mapInstanceSnapshot(
  snapshot: DBSnapshot,
  accountId: string,
): UnsharedSnapshot | undefined {
  if (!snapshot.DBSnapshotArn || !snapshot.DBSnapshotIdentifier) return undefined;
  if (accountOfArn(snapshot.DBSnapshotArn) !== accountId) return undefined;
  return {
    kind: 'instance',
    arn: snapshot.DBSnapshotArn,
    id: snapshot.DBSnapshotIdentifier,
    ...opt('sourceId', snapshot.DBInstanceIdentifier),
    engine: snapshot.Engine ?? 'unknown',
    encrypted: snapshot.Encrypted ?? false,
    ...opt('createdAt', snapshot.SnapshotCreateTime?.toISOString()),
    tags: mapTags(snapshot.TagList),
  };
}

export function mapClusterSnapshot(
  snapshot: DBClusterSnapshot,
  accountId: string,
): UnsharedSnapshot | undefined {
  if (!snapshot.DBClusterSnapshotArn || !snapshot.DBClusterSnapshotIdentifier) return undefined;
  if (accountOfArn(snapshot.DBClusterSnapshotArn) !== accountId) return undefined;
  return {
    kind: 'cluster',
    arn: snapshot.DBClusterSnapshotArn,
    id: snapshot.DBClusterSnapshotIdentifier,
    ...opt('sourceId', snapshot.DBClusterIdentifier),
    engine: snapshot.Engine ?? 'unknown',
    encrypted: snapshot.StorageEncrypted ?? false,
    ...opt('createdAt', snapshot.SnapshotCreateTime?.toISOString()),
    tags: mapTags(snapshot.TagList),
  };
}

/** The `restore` attribute lists the accounts allowed to restore the snapshot; `all` means anyone. */
export function mapSharing(
  attributes: readonly (DBSnapshotAttribute | DBClusterSnapshotAttribute)[] | undefined,
): SnapshotSharing {
  const restore = (attributes ?? [])
    .filter((a) => a.AttributeName === 'restore')
    .flatMap((a) => a.AttributeValues ?? []);
  return {
    public: restore.includes('all'),
    sharedWithAccounts: [...new Set(restore.filter((v) => v !== 'all'))].sort(),
  };
}
