import {
  metric,
  withRole,
  type MetricDefinition,
  type MetricRole,
} from '../../../../core/index.js';
import type { MetricStatistic } from '../../cloudwatch.js';

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

/** One AWS/RDS statistic collected for every DB instance. */
export interface DbCloudWatchMetric {
  name: string;
  metricName: string;
  stat: MetricStatistic;
  unit: string;
  description: string;
  /** Only instances with this storage type publish it (burst balance on gp2). */
  storageTypes?: readonly string[];
  /** Not published by Aurora instances (their storage is the cluster's). */
  notAurora?: boolean;
  /** Its meaning for reports, when it has one. */
  role?: MetricRole;
}

const stat = (
  metricName: string,
  name: string,
  stat: MetricStatistic,
  unit: string,
  description: string,
  extra: Partial<DbCloudWatchMetric> = {},
): DbCloudWatchMetric => ({ name: `${P}.${name}`, metricName, stat, unit, description, ...extra });

/** The AWS/RDS namespace statistics, in emission order. */
export const DB_CLOUDWATCH_METRICS: readonly DbCloudWatchMetric[] = [
  stat(
    'CPUUtilization',
    'cpu_utilization.average',
    'Average',
    'percent',
    'Average CPU utilization over the metrics window.',
    { role: 'cpu_utilization_average' },
  ),
  stat(
    'CPUUtilization',
    'cpu_utilization.maximum',
    'Maximum',
    'percent',
    'Highest CPU utilization in the metrics window.',
  ),
  stat(
    'CPUUtilization',
    'cpu_utilization.p95',
    'p95',
    'percent',
    '95th percentile of CPU utilization over the metrics window.',
    { role: 'cpu_utilization_p95' },
  ),
  stat(
    'FreeableMemory',
    'freeable_memory_bytes.average',
    'Average',
    'bytes',
    'Average available memory over the metrics window.',
  ),
  stat(
    'FreeableMemory',
    'freeable_memory_bytes.minimum',
    'Minimum',
    'bytes',
    'Lowest available memory in the metrics window.',
  ),
  stat(
    'FreeStorageSpace',
    'free_storage_space_bytes.minimum',
    'Minimum',
    'bytes',
    'Lowest free storage space in the metrics window (not reported for Aurora).',
    { notAurora: true },
  ),
  stat(
    'DatabaseConnections',
    'database_connections.average',
    'Average',
    'count',
    'Average number of client connections over the metrics window.',
  ),
  stat(
    'DatabaseConnections',
    'database_connections.maximum',
    'Maximum',
    'count',
    'Highest number of client connections in the metrics window.',
  ),
  stat(
    'ReadIOPS',
    'read_iops.average',
    'Average',
    'IOPS',
    'Average disk read operations per second over the metrics window.',
  ),
  stat(
    'ReadIOPS',
    'read_iops.maximum',
    'Maximum',
    'IOPS',
    'Highest disk read operations per second in the metrics window.',
  ),
  stat(
    'WriteIOPS',
    'write_iops.average',
    'Average',
    'IOPS',
    'Average disk write operations per second over the metrics window.',
  ),
  stat(
    'WriteIOPS',
    'write_iops.maximum',
    'Maximum',
    'IOPS',
    'Highest disk write operations per second in the metrics window.',
  ),
  stat(
    'ReadLatency',
    'read_latency_seconds.average',
    'Average',
    'seconds',
    'Average time a disk read took over the metrics window.',
  ),
  stat(
    'ReadLatency',
    'read_latency_seconds.p95',
    'p95',
    'seconds',
    '95th percentile of the time a disk read took over the metrics window.',
  ),
  stat(
    'WriteLatency',
    'write_latency_seconds.average',
    'Average',
    'seconds',
    'Average time a disk write took over the metrics window.',
  ),
  stat(
    'WriteLatency',
    'write_latency_seconds.p95',
    'p95',
    'seconds',
    '95th percentile of the time a disk write took over the metrics window.',
  ),
  stat(
    'BurstBalance',
    'burst_balance_percent.minimum',
    'Minimum',
    'percent',
    'Lowest burst credit balance of gp2 storage in the metrics window (0 = exhausted).',
    { storageTypes: ['gp2'] },
  ),
];

/** Derived signals and waste: declared beside RDS_METRIC so that its coverage test stays about facts. */
export const RDS_SIGNAL_METRIC = {
  performanceDataUnavailable: `${P}.performance_data_unavailable`,
  idleDatabase: `${A}.idle_database`,
  overprovisionedDatabase: `${A}.overprovisioned_database`,
  burstCreditsExhausted: `${A}.burst_credits_exhausted`,
  estimatedMonthlyWasteUsd: 'aws.cost.rds.estimated_monthly_waste_usd',
  wasteEstimate: 'aws.cost.rds.waste_estimate',
  pricingUnavailable: 'aws.cost.rds.pricing_unavailable',
} as const;

const RDS_PERFORMANCE_METRICS: readonly MetricDefinition[] = [
  ...DB_CLOUDWATCH_METRICS.map((m) =>
    withRole(metric(m.name, 'number', m.description, m.unit), m.role),
  ),
  withRole(
    metric(
      RDS_SIGNAL_METRIC.performanceDataUnavailable,
      'object',
      'CloudWatch refused or failed the metrics request, so no performance metric is reported for the DB instance: {reason, error_code, detail}.',
    ),
    'unavailable',
  ),
  metric(
    RDS_SIGNAL_METRIC.idleDatabase,
    'boolean',
    'True for an available DB instance whose average CPU stayed below idle_cpu_percent and whose connections never exceeded idle_db_connections over the metrics window.',
  ),
  metric(
    RDS_SIGNAL_METRIC.overprovisionedDatabase,
    'boolean',
    'True for an available, not idle DB instance whose p95 CPU (its maximum when no p95 is reported) stayed below overprovisioned_cpu_p95_percent: a rightsizing candidate.',
  ),
  metric(
    RDS_SIGNAL_METRIC.burstCreditsExhausted,
    'boolean',
    'True for a DB instance on gp2 storage whose lowest burst balance fell to burst_balance_low_percent or below in the metrics window.',
  ),
  withRole(
    metric(
      RDS_SIGNAL_METRIC.estimatedMonthlyWasteUsd,
      'number',
      "Estimated monthly on-demand cost of an idle DB instance (instance hours only, storage aside) at the region's price list; emitted when the scan has options.cost.",
      'USD/month',
    ),
    'waste',
  ),
  withRole(
    metric(
      RDS_SIGNAL_METRIC.wasteEstimate,
      'object',
      'How the waste estimate was made: {reason, quantity, unit, unit_price_usd, hours_per_month, monthly_usd, currency, price_source}.',
    ),
    'waste_detail',
  ),
  withRole(
    metric(
      RDS_SIGNAL_METRIC.pricingUnavailable,
      'object',
      'The Price List API could not be read, so idle databases are not priced: {error_code, detail}.',
    ),
    'unavailable',
  ),
];

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
  withRole(
    metric(RDS_METRIC.tags, 'object', 'Tags of the instance, cluster or snapshot, key → value.'),
    'resource_tags',
  ),

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
  ...RDS_PERFORMANCE_METRICS,
];
