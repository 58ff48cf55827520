import { deadLetterQueueArns, SQS } from '../../../providers/aws/services/sqs/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'sqs_queue_dead_letter_queue_configured',
  scanner: SQS,
  reads: ['queues'],
  resource_type: 'AwsSqsQueue',
  title: 'SQS queues send failed messages to a dead-letter queue',
  description:
    'The queue has a redrive policy naming a dead-letter queue. Queues that are themselves the dead-letter queue of another queue of the region are not judged.',
  severity: 'low',
  risk: 'A message its consumers cannot process is received again and again until its retention ends, then lost without a trace; it also blocks a FIFO message group.',
  remediation: {
    text: 'Create a dead-letter queue and set it, with a maxReceiveCount, in the queue’s redrive policy.',
    cli: 'aws sqs set-queue-attributes --queue-url URL --attributes \'{"RedrivePolicy":"{\\"deadLetterTargetArn\\":\\"DLQ_ARN\\",\\"maxReceiveCount\\":\\"5\\"}"}\'',
    console: 'SQS → Queues → <queue> → Edit → Dead-letter queue',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    const deadLetterQueues = deadLetterQueueArns(snapshot);
    for (const q of snapshot.queues) {
      if (deadLetterQueues.has(q.arn)) continue;
      if (q.attributes.state !== 'available') {
        yield unreadable(q.arn, `the redrive policy of queue ${q.name}`, q.attributes);
        continue;
      }
      const target = q.attributes.value.deadLetterTargetArn;
      yield target
        ? {
            resource_id: q.arn,
            status: 'PASS',
            reason: `queue ${q.name} sends failed messages to ${target} after ${q.attributes.value.maxReceiveCount ?? '?'} receives`,
          }
        : {
            resource_id: q.arn,
            status: 'FAIL',
            reason: `queue ${q.name} has no dead-letter queue`,
          };
    }
  },
});
