import { SNS } from '../../../providers/aws/services/sns/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'sns_subscription_dead_letter_queue',
  scanner: SNS,
  reads: ['subscriptions'],
  resource_type: 'AwsSnsSubscription',
  title: 'SNS subscriptions keep undeliverable messages in a dead-letter queue',
  description:
    'Each confirmed subscription of the region (ListSubscriptions) has a redrive policy naming an SQS dead-letter queue (GetSubscriptionAttributes).',
  severity: 'low',
  risk: 'A message SNS cannot deliver after its retries (endpoint down, function throttled, queue policy wrong) is dropped without a trace.',
  remediation: {
    text: 'Create an SQS queue, allow the topic to send to it, and set it as the subscription’s redrive policy.',
    cli: 'aws sns set-subscription-attributes --subscription-arn ARN --attribute-name RedrivePolicy --attribute-value \'{"deadLetterTargetArn":"DLQ_ARN"}\'',
    console: 'SNS → Subscriptions → <subscription> → Edit → Redrive policy (dead-letter queue)',
    url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    const subscriptions = snapshot.subscriptions;
    if (subscriptions.state !== 'available') {
      yield unreadable(regionScope('sns', ctx), 'the subscriptions of the region', subscriptions);
      return;
    }
    for (const s of subscriptions.value) {
      const dlq = s.deadLetterTargetArn;
      if (dlq.state !== 'available') {
        yield unreadable(s.arn, `the redrive policy of ${s.protocol} subscription ${s.arn}`, dlq);
        continue;
      }
      yield dlq.value
        ? {
            resource_id: s.arn,
            status: 'PASS',
            reason: `${s.protocol} subscription sends undeliverable messages to ${dlq.value}`,
          }
        : {
            resource_id: s.arn,
            status: 'FAIL',
            reason: `${s.protocol} subscription of ${s.topicArn} has no dead-letter queue`,
          };
    }
  },
});
