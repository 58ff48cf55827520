import { metric, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.rds';
const S = 'aws.security.rds';
const A = 'aws.architecture.rds';
const P = 'aws.performance.rds';

/**
 * Metric types, by name, so extractors never spell a string twice. Instances, clusters and
 * snapshots share a name where the fact is the same; the resource id (its ARN) tells them apart.
 */
export const RDS_METRIC = {
  engine: `${M}.engine`,
  engineVersion: `${M}.engine_version`,
  engineMode: `${M}.engine_mode`,
  engineLifecycleSupport: `${M}.engine_lifecycle_support`,
  status: `${M}.status`,
  instanceClass: `${M}.instance_class`,
  storageType: `${M}.storage_type`,
  allocatedStorageGib: `${M}.allocated_storage_gib`,
  maxAllocatedStorageGib: `${M}.max_allocated_storage_gib`,
  subnetGroup: `${M}.subnet_group`,
  vpcId: `${M}.vpc_id`,
  availabilityZone: `${M}.availability_zone`,
  clusterIdentifier: `${M}.cluster_identifier`,
  clusterMembers: `${M}.cluster_members`,
  parameterGroups: `${M}.parameter_groups`,
  tags: `${M}.tags`,

  storageEncrypted: `${S}.storage_encrypted`,
  kmsKeyId: `${S}.kms_key_id`,
  publiclyAccessible: `${S}.publicly_accessible`,
  deletionProtection: `${S}.deletion_protection`,
  autoMinorVersionUpgrade: `${S}.auto_minor_version_upgrade`,
  iamDatabaseAuthenticationEnabled: `${S}.iam_database_authentication_enabled`,
  caCertificateIdentifier: `${S}.ca_certificate_identifier`,

  multiAz: `${A}.multi_az`,
  storageAutoscalingEnabled: `${A}.storage_autoscaling_enabled`,
  backupRetentionPeriodDays: `${A}.backup_retention_period_days`,
  automatedBackupsEnabled: `${A}.automated_backups_enabled`,
  singleAzProduction: `${A}.single_az_production`,
  engineEndOfStandardSupportDate: `${A}.engine_end_of_standard_support_date`,
  engineDaysUntilEndOfStandardSupport: `${A}.engine_days_until_end_of_standard_support`,

  performanceInsightsEnabled: `${P}.performance_insights_enabled`,
  enhancedMonitoringEnabled: `${P}.enhanced_monitoring_enabled`,
  enhancedMonitoringIntervalSeconds: `${P}.enhanced_monitoring_interval_seconds`,

  snapshotSource: `${M}.snapshot_source`,
  snapshotCreateTime: `${M}.snapshot_create_time`,
  snapshotPublic: `${S}.snapshot_public`,
  snapshotSharedWithAccounts: `${S}.snapshot_shared_with_accounts`,
  snapshotSharingError: `${S}.snapshot_sharing_error`,

  dbInstanceCount: `${M}.db_instance_count`,
  dbClusterCount: `${M}.db_cluster_count`,
  manualSnapshotCount: `${M}.manual_snapshot_count`,
  publicSnapshotCount: `${S}.public_snapshot_count`,
} as const;

/** Every metric type the RDS scanner can emit. */
export const RDS_METRICS: readonly MetricDefinition[] = [
  metric(
    RDS_METRIC.engine,
    'string',
    'Database engine, e.g. mysql, postgres, aurora-postgresql (instances, clusters, snapshots).',
  ),
  metric(RDS_METRIC.engineVersion, 'string', 'Engine version, e.g. 8.0.35 or 14.9.'),
  metric(
    RDS_METRIC.engineMode,
    'string',
    'Engine mode of a cluster: provisioned, serverless, parallelquery, global or multimaster.',
  ),
  metric(
    RDS_METRIC.engineLifecycleSupport,
    'string',
    'Whether the database may enter paid Extended Support: open-source-rds-extended-support or open-source-rds-extended-support-disabled.',
  ),
  metric(
    RDS_METRIC.status,
    'string',
    'Status of the DB instance or cluster, e.g. available, stopped.',
  ),
  metric(
    RDS_METRIC.instanceClass,
    'string',
    'DB instance class, e.g. db.r6g.large (instances and Multi-AZ DB clusters).',
  ),
  metric(
    RDS_METRIC.storageType,
    'string',
    'Storage type: gp2, gp3, io1, io2, standard, aurora or aurora-iopt1.',
  ),
  metric(
    RDS_METRIC.allocatedStorageGib,
    'number',
    'Allocated storage (not reported for Aurora, whose storage grows on its own).',
    'GiB',
  ),
  metric(
    RDS_METRIC.maxAllocatedStorageGib,
    'number',
    'Upper limit of storage autoscaling, when it is set.',
    'GiB',
  ),
  metric(RDS_METRIC.subnetGroup, 'string', 'Name of the DB subnet group.'),
  metric(RDS_METRIC.vpcId, 'string', 'VPC of the DB instance (from its subnet group).'),
  metric(RDS_METRIC.availabilityZone, 'string', 'Availability Zone of the DB instance.'),
  metric(RDS_METRIC.clusterIdentifier, 'string', 'Cluster a DB instance belongs to.'),
  metric(RDS_METRIC.clusterMembers, 'array', 'Identifiers of the DB instances of a cluster.'),
  metric(
    RDS_METRIC.parameterGroups,
    'array',
    'DB parameter groups (DB cluster parameter group for a cluster).',
  ),
  metric(RDS_METRIC.tags, 'object', 'Tags of the instance, cluster or snapshot, key → value.'),

  metric(
    RDS_METRIC.storageEncrypted,
    'boolean',
    'True when the storage (or snapshot) is encrypted at rest.',
  ),
  metric(RDS_METRIC.kmsKeyId, 'string', 'ARN of the KMS key encrypting the storage.'),
  metric(
    RDS_METRIC.publiclyAccessible,
    'boolean',
    'True when the database has a publicly resolvable, internet-facing endpoint.',
  ),
  metric(
    RDS_METRIC.deletionProtection,
    'boolean',
    'True when deletion protection is on (reported on the cluster for cluster members).',
  ),
  metric(
    RDS_METRIC.autoMinorVersionUpgrade,
    'boolean',
    'True when minor engine upgrades are applied automatically.',
  ),
  metric(
    RDS_METRIC.iamDatabaseAuthenticationEnabled,
    'boolean',
    'True when IAM database authentication is enabled.',
  ),
  metric(
    RDS_METRIC.caCertificateIdentifier,
    'string',
    'Certificate authority of the server certificate, e.g. rds-ca-rsa2048-g1.',
  ),

  metric(
    RDS_METRIC.multiAz,
    'boolean',
    'True when the database runs in several Availability Zones (reported on the cluster for cluster members).',
  ),
  metric(
    RDS_METRIC.storageAutoscalingEnabled,
    'boolean',
    'True when storage autoscaling is on (MaxAllocatedStorage above the allocated storage).',
  ),
  metric(
    RDS_METRIC.backupRetentionPeriodDays,
    'number',
    'Days automated backups are kept; 0 disables them (reported on the cluster for cluster members).',
    'days',
  ),
  metric(
    RDS_METRIC.automatedBackupsEnabled,
    'boolean',
    'True when automated backups are kept (retention above 0).',
  ),
  metric(
    RDS_METRIC.singleAzProduction,
    'boolean',
    'True for a production-like database that is not Multi-AZ. Production-like: an env or environment tag of prod or production; without such a tag, any class other than the burstable db.t* classes.',
  ),
  metric(
    RDS_METRIC.engineEndOfStandardSupportDate,
    'string',
    'End of standard support of the engine major version (YYYY-MM-DD), from the Amazon RDS release calendars; emitted for known versions only.',
  ),
  metric(
    RDS_METRIC.engineDaysUntilEndOfStandardSupport,
    'number',
    'Days from the scan to the end of standard support of the engine major version; negative once passed.',
    'days',
  ),

  metric(
    RDS_METRIC.performanceInsightsEnabled,
    'boolean',
    'True when Performance Insights is enabled.',
  ),
  metric(
    RDS_METRIC.enhancedMonitoringEnabled,
    'boolean',
    'True when Enhanced Monitoring is on (MonitoringInterval above 0).',
  ),
  metric(
    RDS_METRIC.enhancedMonitoringIntervalSeconds,
    'number',
    'Enhanced Monitoring granularity; 0 when it is off.',
    'seconds',
  ),

  metric(
    RDS_METRIC.snapshotSource,
    'string',
    'DB instance or cluster a manual snapshot was taken from.',
  ),
  metric(
    RDS_METRIC.snapshotCreateTime,
    'string',
    'Creation time of a manual snapshot, ISO 8601 in UTC.',
  ),
  metric(
    RDS_METRIC.snapshotPublic,
    'boolean',
    'True when any AWS account may restore the manual snapshot (restore attribute contains all).',
  ),
  metric(
    RDS_METRIC.snapshotSharedWithAccounts,
    'array',
    'Accounts the manual snapshot is shared with, besides public sharing.',
  ),
  metric(
    RDS_METRIC.snapshotSharingError,
    'string',
    'Error code when the sharing of a manual snapshot could not be read (e.g. AccessDenied); its public and shared facts are then absent.',
  ),

  metric(RDS_METRIC.dbInstanceCount, 'number', 'DB instances in the region.', 'count'),
  metric(RDS_METRIC.dbClusterCount, 'number', 'DB clusters in the region.', 'count'),
  metric(
    RDS_METRIC.manualSnapshotCount,
    'number',
    'Manual DB instance and cluster snapshots in the region.',
    'count',
  ),
  metric(
    RDS_METRIC.publicSnapshotCount,
    'number',
    'Manual snapshots in the region that anyone may restore.',
    'count',
  ),
];
