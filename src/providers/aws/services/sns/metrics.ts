import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.sns';
const S = 'aws.security.sns';
const P = 'aws.performance.sns';
const A = 'aws.architecture.sns';

/** Facts about one SNS topic (on its ARN) and its subscriptions (on theirs). */
export const SNS_METRIC = defineMetrics({
  topicName: {
    name: `${M}.topic_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the topic.',
  },
  fifo: { name: `${M}.fifo`, valueType: 'boolean', description: 'The topic is a FIFO topic.' },
  subscriptionsConfirmed: {
    name: `${M}.subscriptions_confirmed`,
    valueType: 'number',
    unit: 'count',
    description: 'Confirmed subscriptions of the topic.',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Tags of the topic, key → value.',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads of the topic or subscription that failed or were denied, each `action: code`.',
  },
  subscriptionProtocol: {
    name: `${M}.subscription_protocol`,
    valueType: 'string',
    description: 'Protocol of a subscription (sqs, lambda, https, email…), on the subscription.',
  },
  subscriptionTopicArn: {
    name: `${M}.subscription_topic_arn`,
    valueType: 'string',
    description: 'Topic a subscription belongs to, on the subscription.',
  },
  kmsKeyId: {
    name: `${S}.kms_key_id`,
    valueType: 'string',
    description: 'KMS key encrypting the topic, when it is encrypted.',
  },
  encrypted: {
    name: `${S}.encrypted`,
    valueType: 'boolean',
    description: 'The topic is encrypted at rest with a KMS key.',
  },
  policyPublic: {
    name: `${S}.policy_public`,
    valueType: 'boolean',
    description:
      'The topic policy lets anyone (principal "*" with no narrowing condition such as AWS:SourceOwner) publish, subscribe or manage it.',
  },
  policyPublicStatements: {
    name: `${S}.policy_public_statements`,
    valueType: 'array',
    description: 'Sids (or #index) of the policy statements open to anyone.',
  },
  deadLetterTargetArn: {
    name: `${A}.subscription_dead_letter_target_arn`,
    valueType: 'string',
    description: 'Dead-letter queue of a subscription (its redrive policy), on the subscription.',
  },
  hasDeadLetterQueue: {
    name: `${A}.subscription_has_dead_letter_queue`,
    valueType: 'boolean',
    description: 'The subscription keeps undeliverable messages in a dead-letter queue.',
  },
  idleTopic: {
    name: `${A}.idle_topic`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'No message published over the metrics window (true), or some (false); absent without CloudWatch.',
  },
  publishedSum: {
    name: `${P}.messages_published.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Messages published to the topic over the window (0 when none).',
  },
  failedSum: {
    name: `${P}.notifications_failed.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Deliveries that failed over the window (0 when none).',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    role: 'unavailable',
    description: 'CloudWatch refused or failed the metrics request: {reason, error_code}.',
  },
});

export const SNS_METRICS: readonly MetricDefinition[] = SNS_METRIC.definitions;
