import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';
import { wasteMetrics } from '../../waste-metrics.js';

const M = 'aws.metadata.elasticache';
const S = 'aws.security.elasticache';
const P = 'aws.performance.elasticache';
const A = 'aws.architecture.elasticache';
const C = 'aws.cost.elasticache';

/** Facts about ElastiCache cache clusters and replication groups, each on its ARN. */
export const ELASTICACHE_METRIC = defineMetrics({
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads that failed or were denied, each `action: code` (DescribeReplicationGroups, on the region).',
  },
  clusterId: {
    name: `${M}.cache_cluster_id`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Id of the cache cluster (a Memcached cluster, or one Valkey/Redis OSS node).',
  },
  replicationGroupId: {
    name: `${M}.replication_group_id`,
    valueType: 'string',
    role: 'resource_name',
    description:
      'Id of the replication group (on the group), or of the group the node belongs to (on a cache cluster).',
  },
  engine: {
    name: `${M}.engine`,
    valueType: 'string',
    description: 'redis, valkey or memcached.',
  },
  engineVersion: {
    name: `${M}.engine_version`,
    valueType: 'string',
    description:
      'Engine version of the cache cluster, or of a replication group’s nodes when they agree.',
  },
  status: {
    name: `${M}.status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'available, creating, modifying, deleting, snapshotting…',
  },
  nodeType: {
    name: `${M}.node_type`,
    valueType: 'string',
    description: 'Node type, e.g. cache.r7g.large.',
  },
  nodeCount: {
    name: `${A}.node_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Nodes of the cache cluster, or of all shards of the replication group.',
  },
  shardCount: {
    name: `${A}.shard_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Node groups (shards) of the replication group.',
  },
  automaticFailover: {
    name: `${A}.automatic_failover`,
    valueType: 'string',
    description: 'enabled, disabled, enabling or disabling.',
  },
  multiAz: {
    name: `${A}.multi_az`,
    valueType: 'boolean',
    description: 'The replication group has Multi-AZ enabled.',
  },
  singleNode: {
    name: `${A}.single_node`,
    valueType: 'boolean',
    description:
      'One node holds all the data (a standalone node, or a replication group without a replica): its failure loses the cache.',
  },
  snapshotRetentionDays: {
    name: `${A}.snapshot_retention_days`,
    valueType: 'number',
    unit: 'days',
    description: 'Days automatic backups are kept; 0 when they are off (Valkey and Redis OSS).',
  },
  autoMinorVersionUpgrade: {
    name: `${A}.auto_minor_version_upgrade`,
    valueType: 'boolean',
    description: 'Minor engine versions are applied automatically in the maintenance window.',
  },
  transitEncryption: {
    name: `${S}.transit_encryption_enabled`,
    valueType: 'boolean',
    description: 'TLS between clients and nodes is on (TransitEncryptionEnabled).',
  },
  transitEncryptionMode: {
    name: `${S}.transit_encryption_mode`,
    valueType: 'string',
    description: 'preferred (plaintext still accepted) or required.',
  },
  atRestEncryption: {
    name: `${S}.at_rest_encryption_enabled`,
    valueType: 'boolean',
    description: 'Data on disk (backups, swap) is encrypted (AtRestEncryptionEnabled).',
  },
  kmsKeyId: {
    name: `${S}.kms_key_id`,
    valueType: 'string',
    description: 'Customer managed KMS key of encryption at rest; absent for the AWS owned key.',
  },
  authTokenEnabled: {
    name: `${S}.auth_token_enabled`,
    valueType: 'boolean',
    description: 'Clients must present the AUTH token.',
  },
  userGroupIds: {
    name: `${S}.user_group_ids`,
    valueType: 'array',
    description: 'RBAC user groups of the replication group (role-based access control).',
  },
  subnetGroup: {
    name: `${A}.subnet_group`,
    valueType: 'string',
    description: 'Cache subnet group the cluster is placed in.',
  },
  cpuAverage: {
    name: `${P}.cpu_utilization.average`,
    valueType: 'number',
    unit: 'percent',
    role: 'cpu_utilization_average',
    description: 'Average host CPU of the cache cluster over the window (CPUUtilization).',
  },
  engineCpuAverage: {
    name: `${P}.engine_cpu_utilization.average`,
    valueType: 'number',
    unit: 'percent',
    description:
      'Average CPU of the Valkey/Redis OSS engine thread over the window (EngineCPUUtilization).',
  },
  memoryAverage: {
    name: `${P}.database_memory_usage_percent.average`,
    valueType: 'number',
    unit: 'percent',
    role: 'utilization_percent',
    description:
      'Average share of the memory available to data in use (DatabaseMemoryUsagePercentage; Valkey and Redis OSS).',
  },
  connectionsMaximum: {
    name: `${P}.curr_connections.maximum`,
    valueType: 'number',
    unit: 'count',
    description: 'Most client connections open at once over the window (CurrConnections).',
  },
  newConnectionsSum: {
    name: `${P}.new_connections.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Connections accepted over the window (NewConnections).',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    role: 'unavailable',
    description: 'CloudWatch refused or failed the metrics request: {reason, error_code}.',
  },
  idleCluster: {
    name: `${A}.idle_cluster`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'An available cache cluster whose average CPU stayed below idle_cpu_percent and that accepted no more than idle_db_connections new connections over the whole window.',
  },
  ...wasteMetrics(C, {
    waste:
      "Estimated monthly on-demand cost of an idle cache cluster's nodes at the region's price list",
    detail:
      '{reason, quantity, unit, unit_price_usd, hours_per_month, monthly_usd, currency, price_source}',
    unpriced: 'idle cluster',
  }),
});

export const ELASTICACHE_METRICS: readonly MetricDefinition[] = ELASTICACHE_METRIC.definitions;
