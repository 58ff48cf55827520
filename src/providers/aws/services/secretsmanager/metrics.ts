import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';
import { wasteMetrics } from '../../waste-metrics.js';

const M = 'aws.metadata.secretsmanager';
const S = 'aws.security.secretsmanager';
const A = 'aws.architecture.secretsmanager';
const C = 'aws.cost.secretsmanager';

/** Facts about one secret, on its ARN, and the region's count, on the region. */
export const SECRETSMANAGER_METRIC = defineMetrics({
  secretCount: {
    name: `${M}.secret_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Secrets of the region (not counting those scheduled for deletion).',
  },
  secretName: {
    name: `${M}.secret_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the secret.',
  },
  createdAt: {
    name: `${M}.created_at`,
    valueType: 'string',
    description: 'When the secret was created (ISO 8601).',
  },
  lastChangedAt: {
    name: `${M}.last_changed_at`,
    valueType: 'string',
    description: 'When the secret was last modified in any way (ISO 8601).',
  },
  owningService: {
    name: `${M}.owning_service`,
    valueType: 'string',
    description: 'The AWS service that created and manages the secret (rds, appflow…), if any.',
  },
  primaryRegion: {
    name: `${M}.primary_region`,
    valueType: 'string',
    description: 'Region the secret is replicated from; the scanned region for a primary secret.',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Tags of the secret, key → value (from ListSecrets).',
  },
  kmsKeyId: {
    name: `${S}.kms_key_id`,
    valueType: 'string',
    description: 'KMS key encrypting the secret value; absent with the AWS managed key.',
  },
  awsManagedKey: {
    name: `${S}.aws_managed_key`,
    valueType: 'boolean',
    description: 'The secret is encrypted with the AWS managed key aws/secretsmanager.',
  },
  rotationEnabled: {
    name: `${S}.rotation_enabled`,
    valueType: 'boolean',
    description: 'Automatic, scheduled rotation is on.',
  },
  rotationIntervalDays: {
    name: `${S}.rotation_interval_days`,
    valueType: 'number',
    unit: 'days',
    description: 'Days between automatic rotations (RotationRules.AutomaticallyAfterDays).',
  },
  rotationSchedule: {
    name: `${S}.rotation_schedule`,
    valueType: 'string',
    description: 'Rotation schedule expression, rate(…) or cron(…), when one is set.',
  },
  rotationLambdaArn: {
    name: `${S}.rotation_lambda_arn`,
    valueType: 'string',
    description: 'Lambda function that rotates the secret, when there is one.',
  },
  lastRotatedAt: {
    name: `${S}.last_rotated_at`,
    valueType: 'string',
    description: 'Last successful rotation (ISO 8601); absent when never rotated.',
  },
  nextRotationAt: {
    name: `${S}.next_rotation_at`,
    valueType: 'string',
    description: 'Next scheduled rotation (ISO 8601), when rotation is on.',
  },
  daysSinceRotation: {
    name: `${S}.days_since_rotation`,
    valueType: 'number',
    unit: 'days',
    description:
      'Whole days since the last rotation, or since creation for a secret never rotated.',
  },
  lastAccessedAt: {
    name: `${A}.last_accessed_at`,
    valueType: 'string',
    description: 'Day the secret was last retrieved in the region (ISO 8601); absent when never.',
  },
  daysSinceAccess: {
    name: `${A}.days_since_access`,
    valueType: 'number',
    unit: 'days',
    description:
      'Whole days since the secret was last retrieved, or since creation for one never retrieved.',
  },
  unusedSecret: {
    name: `${A}.unused_secret`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'Not retrieved for more than 90 days (and older than that) (true), or retrieved within them (false); absent without a creation or access date.',
  },
  ...wasteMetrics(C, {
    waste:
      'What an unused secret costs a month (one secret-month at the region’s list price; API calls aside, an unused secret makes none)',
    detail: '{reason, quantity, unit, unit_price_usd, monthly_usd, currency, price_source}',
    unpriced: 'unused secret',
  }),
});

export const SECRETSMANAGER_METRICS: readonly MetricDefinition[] =
  SECRETSMANAGER_METRIC.definitions;
