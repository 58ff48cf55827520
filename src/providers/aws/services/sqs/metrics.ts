import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.sqs';
const S = 'aws.security.sqs';
const P = 'aws.performance.sqs';
const A = 'aws.architecture.sqs';

/** Facts about one SQS queue, on its ARN. */
export const SQS_METRIC = defineMetrics({
  queueName: {
    name: `${M}.queue_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the queue.',
  },
  queueUrl: { name: `${M}.queue_url`, valueType: 'string', description: 'URL of the queue.' },
  fifo: { name: `${M}.fifo`, valueType: 'boolean', description: 'The queue is a FIFO queue.' },
  retentionSeconds: {
    name: `${M}.message_retention_seconds`,
    valueType: 'number',
    unit: 'seconds',
    description: 'How long the queue keeps a message.',
  },
  visibilityTimeoutSeconds: {
    name: `${M}.visibility_timeout_seconds`,
    valueType: 'number',
    unit: 'seconds',
    description: 'How long a received message stays hidden from other consumers.',
  },
  approximateMessages: {
    name: `${M}.approximate_messages`,
    valueType: 'number',
    unit: 'count',
    description: 'Messages available in the queue when it was read.',
  },
  createdAt: {
    name: `${M}.created_at`,
    valueType: 'string',
    description: 'When the queue was created (ISO 8601).',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Tags of the queue, key → value (Resource Groups Tagging API GetResources).',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads of the queue that failed or were denied, each `action: code` (attributes, tags).',
  },
  encryption: {
    name: `${S}.encryption`,
    valueType: 'string',
    description: 'none, sse_sqs (SQS-managed keys) or kms (a KMS key).',
  },
  kmsKeyId: {
    name: `${S}.kms_key_id`,
    valueType: 'string',
    description: 'KMS key (id, ARN or alias) encrypting the queue.',
  },
  policyPublic: {
    name: `${S}.policy_public`,
    valueType: 'boolean',
    description:
      'The access policy lets anyone (principal "*" with no narrowing condition) use the queue; false without a policy.',
  },
  policyPublicStatements: {
    name: `${S}.policy_public_statements`,
    valueType: 'array',
    description:
      'Sids (or #index) of the policy statements open to anyone, with the actions they allow.',
  },
  deadLetterTargetArn: {
    name: `${A}.dead_letter_target_arn`,
    valueType: 'string',
    description: 'Queue the failed messages go to (redrive policy), when there is one.',
  },
  maxReceiveCount: {
    name: `${A}.max_receive_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Receives after which a message goes to the dead-letter queue.',
  },
  isDeadLetterQueue: {
    name: `${A}.is_dead_letter_queue`,
    valueType: 'boolean',
    description: 'Some queue of the region sends its failed messages to this one.',
  },
  idleQueue: {
    name: `${A}.idle_queue`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'Nothing sent or received over the whole metrics window (true), or something (false); absent for dead-letter queues, queues newer than the window, or without CloudWatch.',
  },
  sentSum: {
    name: `${P}.messages_sent.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Messages sent to the queue over the window (0 when none).',
  },
  receivedSum: {
    name: `${P}.messages_received.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Messages received from the queue over the window (0 when none).',
  },
  oldestMessageAgeMax: {
    name: `${P}.oldest_message_age.maximum`,
    valueType: 'number',
    unit: 'seconds',
    description:
      'Age of the oldest unprocessed message, at its highest over the window: a backlog.',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    role: 'unavailable',
    description: 'CloudWatch refused or failed the metrics request: {reason, error_code}.',
  },
});

export const SQS_METRICS: readonly MetricDefinition[] = SQS_METRIC.definitions;
