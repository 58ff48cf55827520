import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.ecr';
const S = 'aws.security.ecr';
const P = 'aws.performance.ecr';
const A = 'aws.architecture.ecr';

/** Facts about one private ECR repository, on its ARN. */
export const ECR_METRIC = defineMetrics({
  repositoryName: {
    name: `${M}.repository_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the repository.',
  },
  repositoryUri: {
    name: `${M}.repository_uri`,
    valueType: 'string',
    description: 'URI images are pushed to and pulled from.',
  },
  createdAt: {
    name: `${M}.created_at`,
    valueType: 'string',
    description: 'When the repository was created (ISO 8601).',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads of the repository that failed or were denied, each `action: code` (scanning configuration, lifecycle policy, repository policy).',
  },
  imageTagMutability: {
    name: `${S}.image_tag_mutability`,
    valueType: 'string',
    description: 'MUTABLE, IMMUTABLE, MUTABLE_WITH_EXCLUSION or IMMUTABLE_WITH_EXCLUSION.',
  },
  tagMutabilityExclusions: {
    name: `${S}.tag_mutability_exclusions`,
    valueType: 'array',
    description: 'Tag filters excepted from the mutability setting.',
  },
  scanOnPush: {
    name: `${S}.scan_on_push`,
    valueType: 'boolean',
    description:
      'Images are scanned when pushed, by the repository’s own setting or a registry scanning rule.',
  },
  scanFrequency: {
    name: `${S}.scan_frequency`,
    valueType: 'string',
    description:
      'Effective scanning, registry rules applied: SCAN_ON_PUSH, CONTINUOUS_SCAN (enhanced) or MANUAL.',
  },
  encryptionType: {
    name: `${S}.encryption_type`,
    valueType: 'string',
    description: 'AES256 (S3-managed keys), KMS or KMS_DSSE.',
  },
  kmsKey: {
    name: `${S}.kms_key`,
    valueType: 'string',
    description: 'KMS key encrypting the images, with KMS encryption.',
  },
  policyPublic: {
    name: `${S}.policy_public`,
    valueType: 'boolean',
    description:
      'The repository policy lets anyone (principal "*" without a narrowing condition) use the repository; false without a policy.',
  },
  policyPublicStatements: {
    name: `${S}.policy_public_statements`,
    valueType: 'array',
    description: 'Sids (or #index) of the repository policy statements open to anyone.',
  },
  policyExternalAccounts: {
    name: `${S}.policy_external_accounts`,
    valueType: 'array',
    description: 'Other AWS accounts the repository policy lets in.',
  },
  lifecyclePolicy: {
    name: `${A}.lifecycle_policy`,
    valueType: 'boolean',
    description: 'The repository has a lifecycle policy expiring old images.',
  },
  lifecycleRuleCount: {
    name: `${A}.lifecycle_rule_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Rules of the lifecycle policy.',
  },
  unusedRepository: {
    name: `${A}.unused_repository`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'No image pulled over the whole metrics window (true), or some (false); absent for repositories newer than the window or without CloudWatch.',
  },
  pullsSum: {
    name: `${P}.pulls.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Image pulls over the window (AWS/ECR RepositoryPullCount, Sum); 0 when none.',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    role: 'unavailable',
    description: 'CloudWatch refused or failed the metrics request: {reason, error_code}.',
  },
});

export const ECR_METRICS: readonly MetricDefinition[] = ECR_METRIC.definitions;
