import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';
import { wasteMetrics } from '../../waste-metrics.js';

const M = 'aws.metadata.dynamodb';
const S = 'aws.security.dynamodb';
const P = 'aws.performance.dynamodb';
const A = 'aws.architecture.dynamodb';
const C = 'aws.cost.dynamodb';

/** Facts about one DynamoDB table (on its ARN), and the region's pricing state (on the region). */
export const DYNAMODB_METRIC = defineMetrics({
  tableName: {
    name: `${M}.table_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the table.',
  },
  tableStatus: {
    name: `${M}.table_status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'CREATING, ACTIVE, UPDATING, DELETING, ARCHIVED…',
  },
  billingMode: {
    name: `${M}.billing_mode`,
    valueType: 'string',
    description: 'PROVISIONED (capacity paid by the hour) or PAY_PER_REQUEST (on demand).',
  },
  readCapacityUnits: {
    name: `${M}.provisioned_read_capacity_units`,
    valueType: 'number',
    unit: 'count',
    description:
      'Provisioned read capacity of the table and its global secondary indexes (0 on demand).',
  },
  writeCapacityUnits: {
    name: `${M}.provisioned_write_capacity_units`,
    valueType: 'number',
    unit: 'count',
    description:
      'Provisioned write capacity of the table and its global secondary indexes (0 on demand).',
  },
  globalIndexCount: {
    name: `${M}.global_secondary_index_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Global secondary indexes of the table.',
  },
  itemCount: {
    name: `${M}.item_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Items in the table (DynamoDB refreshes it about every six hours).',
  },
  sizeBytes: {
    name: `${M}.table_size_bytes`,
    valueType: 'number',
    unit: 'bytes',
    description: 'Size of the table (refreshed about every six hours).',
  },
  tableClass: {
    name: `${M}.table_class`,
    valueType: 'string',
    description: 'STANDARD or STANDARD_INFREQUENT_ACCESS.',
  },
  createdAt: {
    name: `${M}.created_at`,
    valueType: 'string',
    description: 'When the table was created (ISO 8601).',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Tags of the table, key → value (Resource Groups Tagging API GetResources).',
  },
  tagsError: {
    name: `${M}.tags_error`,
    valueType: 'string',
    description: 'The tags could not be read (tag:GetResources): action: code.',
  },
  encryptionType: {
    name: `${S}.encryption_type`,
    valueType: 'string',
    description:
      'aws_owned (DynamoDB’s own key), aws_managed (alias/aws/dynamodb) or customer_managed (a KMS key of the account); kms when the key could not be described.',
  },
  kmsKeyArn: {
    name: `${S}.kms_key_arn`,
    valueType: 'string',
    description: 'KMS key encrypting the table, when it is a KMS key.',
  },
  kmsKeyError: {
    name: `${S}.kms_key_error`,
    valueType: 'string',
    description: 'kms:DescribeKey could not be read for the table’s key: action: code.',
  },
  pitrEnabled: {
    name: `${S}.point_in_time_recovery_enabled`,
    valueType: 'boolean',
    description: 'Point-in-time recovery (continuous backups) is enabled.',
  },
  backupsError: {
    name: `${S}.continuous_backups_error`,
    valueType: 'string',
    description: 'DescribeContinuousBackups could not be read: action: code.',
  },
  deletionProtection: {
    name: `${S}.deletion_protection_enabled`,
    valueType: 'boolean',
    description: 'The table cannot be deleted until deletion protection is turned off.',
  },
  consumedReadUnits: {
    name: `${P}.consumed_read_capacity_units.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Read capacity units consumed over the window, indexes included; 0 when none.',
  },
  consumedWriteUnits: {
    name: `${P}.consumed_write_capacity_units.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Write capacity units consumed over the window, indexes included; 0 when none.',
  },
  throttledRequests: {
    name: `${P}.throttle_events.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Read and write throttle events over the window, indexes included.',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    role: 'unavailable',
    description:
      'CloudWatch refused or failed the metrics request, so no consumption is reported for the table: {reason, error_code}.',
  },
  unusedTable: {
    name: `${A}.unused_table`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'No read or write unit consumed over the whole metrics window (true), or some (false); absent when the table is newer than the window or CloudWatch was not read.',
  },
  globalTable: {
    name: `${A}.replica_regions`,
    valueType: 'array',
    description: 'Regions of the global table’s replicas (empty for a single-region table).',
  },
  ...wasteMetrics(C, {
    waste:
      'What a provisioned table pays a month over what on-demand would cost for the capacity it consumed over the window (all of it for an unused table), at the region’s list prices',
    detail:
      '{reason, provisioned_monthly_usd, on_demand_monthly_usd, monthly_usd, read_units, write_units, consumed_read_units_per_month, consumed_write_units_per_month, currency, price_source}',
    unpriced: 'table’s waste',
  }),
});

export const DYNAMODB_METRICS: readonly MetricDefinition[] = DYNAMODB_METRIC.definitions;
