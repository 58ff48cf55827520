import { defineMetrics } from '../../../../core/index.js';

const M = 'gcp.metadata.storage';
const S = 'gcp.security.storage';

/** Cloud Storage facts, on each bucket's full resource name (`//storage.googleapis.com/NAME`). */
export const STORAGE_METRIC = defineMetrics({
  name: {
    name: `${M}.bucket_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the bucket.',
  },
  location: {
    name: `${M}.bucket_location`,
    valueType: 'string',
    description: 'Location (EU, US-CENTRAL1, …).',
  },
  storageClass: {
    name: `${M}.bucket_storage_class`,
    valueType: 'string',
    description: 'Default storage class (STANDARD, NEARLINE, COLDLINE, ARCHIVE).',
  },
  labels: {
    name: `${M}.bucket_labels`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Labels of the bucket.',
  },
  versioning: {
    name: `${M}.bucket_versioning_enabled`,
    valueType: 'boolean',
    description: 'Object versioning keeps overwritten and deleted objects.',
  },
  retentionDays: {
    name: `${M}.bucket_retention_days`,
    valueType: 'number',
    unit: 'days',
    description: 'Retention policy period (objects cannot be deleted before).',
  },
  retentionLocked: {
    name: `${S}.bucket_retention_locked`,
    valueType: 'boolean',
    description: 'The retention policy is locked (cannot be shortened or removed).',
  },
  uniformAccess: {
    name: `${S}.bucket_uniform_access_enabled`,
    valueType: 'boolean',
    description: 'Uniform bucket-level access: IAM only, object ACLs off.',
  },
  publicAccessPrevention: {
    name: `${S}.bucket_public_access_prevention`,
    valueType: 'string',
    description: 'enforced, inherited or unspecified.',
  },
  cmek: {
    name: `${S}.bucket_default_kms_key`,
    valueType: 'string',
    description: 'Cloud KMS key encrypting new objects by default.',
  },
  logBucket: {
    name: `${S}.bucket_log_bucket`,
    valueType: 'string',
    description: 'Bucket receiving the usage and storage logs.',
  },
  publicMembers: {
    name: `${S}.bucket_public_members`,
    valueType: 'array',
    description:
      'allUsers / allAuthenticatedUsers grants of the bucket’s IAM policy, as role:member.',
  },
  iamError: {
    name: `${S}.bucket_iam_error`,
    valueType: 'string',
    description: 'Why the bucket’s IAM policy could not be read (method: code).',
  },
});
