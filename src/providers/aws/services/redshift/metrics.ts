import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';
import { wasteMetrics } from '../../waste-metrics.js';

const M = 'aws.metadata.redshift';
const S = 'aws.security.redshift';
const P = 'aws.performance.redshift';
const A = 'aws.architecture.redshift';
const C = 'aws.cost.redshift';

/** Facts about one provisioned Redshift cluster, on its ARN. */
export const REDSHIFT_METRIC = defineMetrics({
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads of the cluster that failed or were denied, each `action: code` (DescribeLoggingStatus, DescribeClusterParameters of its parameter groups).',
  },
  clusterId: {
    name: `${M}.cluster_id`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Identifier of the cluster.',
  },
  status: {
    name: `${M}.cluster_status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'available, creating, modifying, paused, resizing…',
  },
  nodeType: {
    name: `${M}.node_type`,
    valueType: 'string',
    description: 'Node type, e.g. ra3.xlplus.',
  },
  numberOfNodes: {
    name: `${A}.number_of_nodes`,
    valueType: 'number',
    unit: 'count',
    description: 'Compute nodes of the cluster.',
  },
  clusterVersion: {
    name: `${M}.cluster_version`,
    valueType: 'string',
    description: 'Redshift engine version of the cluster.',
  },
  allowVersionUpgrade: {
    name: `${A}.allow_version_upgrade`,
    valueType: 'boolean',
    description: 'Major version upgrades are applied in the maintenance window.',
  },
  publiclyAccessible: {
    name: `${S}.publicly_accessible`,
    valueType: 'boolean',
    description: 'The cluster has a public endpoint (PubliclyAccessible).',
  },
  encrypted: {
    name: `${S}.encrypted`,
    valueType: 'boolean',
    description: 'The cluster’s data is encrypted at rest.',
  },
  kmsKeyId: {
    name: `${S}.kms_key_id`,
    valueType: 'string',
    description: 'KMS key of encryption at rest.',
  },
  enhancedVpcRouting: {
    name: `${S}.enhanced_vpc_routing`,
    valueType: 'boolean',
    description: 'COPY and UNLOAD traffic goes through the VPC (EnhancedVpcRouting).',
  },
  requireSsl: {
    name: `${S}.require_ssl`,
    valueType: 'boolean',
    description: 'The cluster’s parameter groups set require_ssl to true.',
  },
  parameterGroups: {
    name: `${M}.parameter_groups`,
    valueType: 'array',
    description: 'Parameter groups of the cluster.',
  },
  auditLogging: {
    name: `${S}.audit_logging_enabled`,
    valueType: 'boolean',
    description: 'Audit logging is on (DescribeLoggingStatus).',
  },
  auditLogDestination: {
    name: `${S}.audit_log_destination`,
    valueType: 'string',
    description: 'Where the audit logs go: s3 (with its bucket) or cloudwatch.',
  },
  masterUsername: {
    name: `${S}.master_username`,
    valueType: 'string',
    description: 'Admin user name of the cluster.',
  },
  dbName: {
    name: `${M}.db_name`,
    valueType: 'string',
    description: 'Name of the first database of the cluster.',
  },
  snapshotRetentionDays: {
    name: `${A}.automated_snapshot_retention_days`,
    valueType: 'number',
    unit: 'days',
    description: 'Days automated snapshots are kept; 0 when they are off.',
  },
  cpuAverage: {
    name: `${P}.cpu_utilization.average`,
    valueType: 'number',
    unit: 'percent',
    role: 'cpu_utilization_average',
    description: 'Average CPU of the cluster’s nodes over the window (CPUUtilization).',
  },
  connectionsMaximum: {
    name: `${P}.database_connections.maximum`,
    valueType: 'number',
    unit: 'count',
    description: 'Most database connections open at once over the window (DatabaseConnections).',
  },
  idleCluster: {
    name: `${A}.idle_cluster`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'An available cluster that never had more than idle_db_connections database connections open (DatabaseConnections, Maximum) over a whole window it existed for; not judged while paused, resizing or younger than the window.',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    role: 'unavailable',
    description: 'CloudWatch refused or failed the metrics request: {reason, error_code}.',
  },
  ...wasteMetrics(C, {
    waste:
      'What an idle cluster’s nodes cost a month (node type’s on-demand hourly price × nodes × 730 h, at the region’s list price; managed storage, backups and concurrency scaling aside)',
    detail:
      '{reason, quantity (node-hours), unit, unit_price_usd, hours_per_month, monthly_usd, currency, price_source}',
    unpriced: 'idle cluster',
  }),
});

export const REDSHIFT_METRICS: readonly MetricDefinition[] = REDSHIFT_METRIC.definitions;
