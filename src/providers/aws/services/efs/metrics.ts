import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.efs';
const S = 'aws.security.efs';

/** Facts about one EFS file system, on its ARN. */
export const EFS_METRIC = defineMetrics({
  fileSystemId: {
    name: `${M}.file_system_id`,
    valueType: 'string',
    description: 'File system id (fs-…).',
  },
  name: {
    name: `${M}.name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Value of the file system’s Name tag, when it has one.',
  },
  performanceMode: {
    name: `${M}.performance_mode`,
    valueType: 'string',
    description: 'generalPurpose or maxIO.',
  },
  throughputMode: {
    name: `${M}.throughput_mode`,
    valueType: 'string',
    description: 'bursting, provisioned or elastic.',
  },
  lifecycleState: {
    name: `${M}.lifecycle_state`,
    valueType: 'string',
    role: 'resource_state',
    description: 'available, creating, updating, deleting, error…',
  },
  sizeBytes: {
    name: `${M}.size_bytes`,
    valueType: 'number',
    unit: 'bytes',
    description: 'Metered size of the data stored, as last measured by EFS (not real time).',
  },
  mountTargetCount: {
    name: `${M}.mount_target_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Mount targets of the file system.',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Tags of the file system, key → value.',
  },
  encrypted: {
    name: `${S}.encrypted`,
    valueType: 'boolean',
    description: 'True when the data at rest is encrypted.',
  },
  kmsKeyId: {
    name: `${S}.kms_key_id`,
    valueType: 'string',
    description: 'ARN of the KMS key encrypting the file system.',
  },
});

export const EFS_METRICS: readonly MetricDefinition[] = EFS_METRIC.definitions;
