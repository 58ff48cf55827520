import type { EventDraft, MetricValue } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { daysUntil, endOfStandardSupport } from './engine-support.js';
import { RDS_METRIC } from './metrics.js';
import type {
  RdsCluster,
  RdsDatabase,
  RdsInstance,
  RdsRegionSnapshot,
  RdsSnapshot,
  Tags,
} from './model.js';

type ExtractContext = Pick<AwsUnitContext, 'accountId' | 'region' | 'clock'>;

function fact(resourceId: string, metricType: string, value: MetricValue): EventDraft {
  return { resource_id: resourceId, metric_type: metricType, metric_value: value };
}

const ENVIRONMENT_TAG_KEYS = new Set(['env', 'environment']);
const PRODUCTION_VALUES = new Set(['prod', 'production']);

function environmentOf(tags: Tags): string | undefined {
  const key = Object.keys(tags).find((k) => ENVIRONMENT_TAG_KEYS.has(k.toLowerCase()));
  return key === undefined ? undefined : tags[key];
}

/** Burstable classes (db.t2, db.t3, db.t4g…) are sized for development and test. */
function isBurstable(instanceClass: string): boolean {
  return /^db\.t\d/.test(instanceClass);
}

/**
 * Production-like: an env/environment tag decides when there is one (prod or production); without
 * it, any non-burstable class counts (a class-less cluster too, to err on the side of reporting).
 */
export function isProductionLike(tags: Tags, instanceClasses: readonly string[]): boolean {
  const environment = environmentOf(tags);
  if (environment !== undefined) return PRODUCTION_VALUES.has(environment.trim().toLowerCase());
  return instanceClasses.length === 0 || instanceClasses.some((c) => !isBurstable(c));
}

/** Facts every database carries, instance or cluster. */
function* databaseEvents(db: RdsDatabase): Generator<EventDraft> {
  const id = db.arn;
  yield fact(id, RDS_METRIC.engine, db.engine);
  yield fact(id, RDS_METRIC.engineVersion, db.engineVersion);
  if (db.engineLifecycleSupport) {
    yield fact(id, RDS_METRIC.engineLifecycleSupport, db.engineLifecycleSupport);
  }
  yield fact(id, RDS_METRIC.status, db.status);
  if (db.storageType) yield fact(id, RDS_METRIC.storageType, db.storageType);
  if (db.subnetGroup) yield fact(id, RDS_METRIC.subnetGroup, db.subnetGroup);
  yield fact(id, RDS_METRIC.parameterGroups, db.parameterGroups);
  yield fact(id, RDS_METRIC.tags, db.tags);
  yield fact(id, RDS_METRIC.storageEncrypted, db.storageEncrypted);
  if (db.kmsKeyId) yield fact(id, RDS_METRIC.kmsKeyId, db.kmsKeyId);
  if (db.publiclyAccessible !== undefined) {
    yield fact(id, RDS_METRIC.publiclyAccessible, db.publiclyAccessible);
  }
  if (db.autoMinorVersionUpgrade !== undefined) {
    yield fact(id, RDS_METRIC.autoMinorVersionUpgrade, db.autoMinorVersionUpgrade);
  }
  yield fact(id, RDS_METRIC.iamDatabaseAuthenticationEnabled, db.iamDatabaseAuthentication);
  if (db.caCertificate) yield fact(id, RDS_METRIC.caCertificateIdentifier, db.caCertificate);
  if (db.performanceInsights !== undefined) {
    yield fact(id, RDS_METRIC.performanceInsightsEnabled, db.performanceInsights);
  }
  if (db.monitoringIntervalSeconds !== undefined) {
    yield fact(id, RDS_METRIC.enhancedMonitoringEnabled, db.monitoringIntervalSeconds > 0);
    yield fact(id, RDS_METRIC.enhancedMonitoringIntervalSeconds, db.monitoringIntervalSeconds);
  }
}

/** Availability, backups and engine support: the cluster's business for its members. */
function* ownerLevelEvents(
  db: RdsDatabase,
  instanceClasses: readonly string[],
  ctx: ExtractContext,
): Generator<EventDraft> {
  const id = db.arn;
  yield fact(id, RDS_METRIC.multiAz, db.multiAz);
  yield fact(id, RDS_METRIC.backupRetentionPeriodDays, db.backupRetentionDays);
  yield fact(id, RDS_METRIC.automatedBackupsEnabled, db.backupRetentionDays > 0);
  yield fact(id, RDS_METRIC.deletionProtection, db.deletionProtection);
  yield fact(
    id,
    RDS_METRIC.singleAzProduction,
    !db.multiAz && isProductionLike(db.tags, instanceClasses),
  );
  const endOfSupport = endOfStandardSupport(db.engine, db.engineVersion);
  if (endOfSupport) {
    yield fact(id, RDS_METRIC.engineEndOfStandardSupportDate, endOfSupport);
    yield fact(
      id,
      RDS_METRIC.engineDaysUntilEndOfStandardSupport,
      daysUntil(endOfSupport, ctx.clock.now()),
    );
  }
}

function* instanceEvents(instance: RdsInstance, ctx: ExtractContext): Generator<EventDraft> {
  const id = instance.arn;
  yield* databaseEvents(instance);
  yield fact(id, RDS_METRIC.instanceClass, instance.instanceClass);
  if (instance.vpcId) yield fact(id, RDS_METRIC.vpcId, instance.vpcId);
  if (instance.availabilityZone)
    yield fact(id, RDS_METRIC.availabilityZone, instance.availabilityZone);
  if (instance.clusterId) {
    yield fact(id, RDS_METRIC.clusterIdentifier, instance.clusterId);
    return;
  }
  if (instance.allocatedStorageGib !== undefined) {
    yield fact(id, RDS_METRIC.allocatedStorageGib, instance.allocatedStorageGib);
  }
  if (instance.maxAllocatedStorageGib !== undefined) {
    yield fact(id, RDS_METRIC.maxAllocatedStorageGib, instance.maxAllocatedStorageGib);
  }
  yield fact(
    id,
    RDS_METRIC.storageAutoscalingEnabled,
    (instance.maxAllocatedStorageGib ?? 0) > (instance.allocatedStorageGib ?? 0),
  );
  yield* ownerLevelEvents(instance, [instance.instanceClass], ctx);
}

function* clusterEvents(
  cluster: RdsCluster,
  classOf: ReadonlyMap<string, string>,
  ctx: ExtractContext,
): Generator<EventDraft> {
  const id = cluster.arn;
  yield* databaseEvents(cluster);
  if (cluster.engineMode) yield fact(id, RDS_METRIC.engineMode, cluster.engineMode);
  if (cluster.instanceClass) yield fact(id, RDS_METRIC.instanceClass, cluster.instanceClass);
  if (cluster.allocatedStorageGib !== undefined) {
    yield fact(id, RDS_METRIC.allocatedStorageGib, cluster.allocatedStorageGib);
  }
  yield fact(id, RDS_METRIC.clusterMembers, [...cluster.memberInstanceIds].sort());
  const classes = [
    ...(cluster.instanceClass ? [cluster.instanceClass] : []),
    ...cluster.memberInstanceIds.flatMap((m) => {
      const c = classOf.get(m);
      return c ? [c] : [];
    }),
  ];
  yield* ownerLevelEvents(cluster, classes, ctx);
}

function* snapshotEvents(snapshot: RdsSnapshot): Generator<EventDraft> {
  const id = snapshot.arn;
  yield fact(id, RDS_METRIC.engine, snapshot.engine);
  if (snapshot.sourceId) yield fact(id, RDS_METRIC.snapshotSource, snapshot.sourceId);
  if (snapshot.createdAt) yield fact(id, RDS_METRIC.snapshotCreateTime, snapshot.createdAt);
  yield fact(id, RDS_METRIC.storageEncrypted, snapshot.encrypted);
  yield fact(id, RDS_METRIC.tags, snapshot.tags);
  if (snapshot.sharing.state === 'available') {
    yield fact(id, RDS_METRIC.snapshotPublic, snapshot.sharing.value.public);
    yield fact(
      id,
      RDS_METRIC.snapshotSharedWithAccounts,
      snapshot.sharing.value.sharedWithAccounts,
    );
  } else {
    yield fact(id, RDS_METRIC.snapshotSharingError, snapshot.sharing.errorCode);
  }
}

/** Pure: one region's RDS snapshot → events. */
export function* extractRdsEvents(
  snapshot: RdsRegionSnapshot,
  ctx: ExtractContext,
): Generator<EventDraft> {
  const classOf = new Map(snapshot.instances.map((i) => [i.id, i.instanceClass]));
  for (const instance of snapshot.instances) yield* instanceEvents(instance, ctx);
  for (const cluster of snapshot.clusters) yield* clusterEvents(cluster, classOf, ctx);
  for (const s of snapshot.snapshots) yield* snapshotEvents(s);

  const regionId = regionScopeId('rds', ctx.region, ctx.accountId);
  yield fact(regionId, RDS_METRIC.dbInstanceCount, snapshot.instances.length);
  yield fact(regionId, RDS_METRIC.dbClusterCount, snapshot.clusters.length);
  yield fact(regionId, RDS_METRIC.manualSnapshotCount, snapshot.snapshots.length);
  yield fact(
    regionId,
    RDS_METRIC.publicSnapshotCount,
    snapshot.snapshots.filter((s) => s.sharing.state === 'available' && s.sharing.value.public)
      .length,
  );
}
