import { metric, type MetricDefinition } from '../../../../core/index.js';

export const EBS_METRIC = {
  encryptionByDefault: 'aws.security.ebs.default_encryption_enabled',
  encryptionByDefaultError: 'aws.security.ebs.default_encryption_error',
  defaultKmsKeyId: 'aws.security.ebs.default_kms_key_id',
  defaultKmsKeyError: 'aws.security.ebs.default_kms_key_error',
} as const;

export const EBS_METRICS: readonly MetricDefinition[] = [
  metric(
    EBS_METRIC.encryptionByDefault,
    'boolean',
    'True when new EBS volumes in the region are encrypted by default.',
  ),
  metric(
    EBS_METRIC.encryptionByDefaultError,
    'string',
    'Why encryption by default could not be read (action: error code).',
  ),
  metric(
    EBS_METRIC.defaultKmsKeyId,
    'string',
    'KMS key new volumes are encrypted with (alias/aws/ebs: the AWS-managed key).',
  ),
  metric(
    EBS_METRIC.defaultKmsKeyError,
    'string',
    'Why the default KMS key could not be read (action: error code).',
  ),
];
