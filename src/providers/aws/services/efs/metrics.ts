import { metric, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.efs';
const S = 'aws.security.efs';

/** Facts about one EFS file system, on its ARN. */
export const EFS_METRIC = {
  fileSystemId: `${M}.file_system_id`,
  name: `${M}.name`,
  performanceMode: `${M}.performance_mode`,
  throughputMode: `${M}.throughput_mode`,
  lifecycleState: `${M}.lifecycle_state`,
  sizeBytes: `${M}.size_bytes`,
  mountTargetCount: `${M}.mount_target_count`,
  tags: `${M}.tags`,
  encrypted: `${S}.encrypted`,
  kmsKeyId: `${S}.kms_key_id`,
} as const;

export const EFS_METRICS: readonly MetricDefinition[] = [
  metric(EFS_METRIC.fileSystemId, 'string', 'File system id (fs-…).'),
  metric(EFS_METRIC.name, 'string', 'Value of the file system’s Name tag, when it has one.'),
  metric(EFS_METRIC.performanceMode, 'string', 'generalPurpose or maxIO.'),
  metric(EFS_METRIC.throughputMode, 'string', 'bursting, provisioned or elastic.'),
  metric(EFS_METRIC.lifecycleState, 'string', 'available, creating, updating, deleting, error…'),
  metric(
    EFS_METRIC.sizeBytes,
    'number',
    'Metered size of the data stored, as last measured by EFS (not real time).',
    'bytes',
  ),
  metric(EFS_METRIC.mountTargetCount, 'number', 'Mount targets of the file system.', 'count'),
  metric(EFS_METRIC.tags, 'object', 'Tags of the file system, key → value.'),
  metric(EFS_METRIC.encrypted, 'boolean', 'True when the data at rest is encrypted.'),
  metric(EFS_METRIC.kmsKeyId, 'string', 'ARN of the KMS key encrypting the file system.'),
];
