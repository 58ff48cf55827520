import { SQS } from '../../../providers/aws/services/sqs/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'sqs_queue_encrypted',
  scanner: SQS,
  reads: ['queues'],
  resource_type: 'AwsSqsQueue',
  title: 'SQS queues are encrypted at rest',
  description:
    'The queue’s attributes (GetQueueAttributes) name a KMS key (KmsMasterKeyId) or have SSE-SQS on (SqsManagedSseEnabled).',
  severity: 'medium',
  risk: 'Messages of an unencrypted queue are stored in clear, with whatever they carry (orders, personal data, tokens).',
  remediation: {
    text: 'Turn on server-side encryption: SSE-SQS, or SSE-KMS with a key whose policy you control.',
    cli: 'aws sqs set-queue-attributes --queue-url URL --attributes SqsManagedSseEnabled=true',
    console: 'SQS → Queues → <queue> → Edit → Encryption',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
  },
  compliance: { aws_fsbp: ['SQS.1'] },
  *evaluate(snapshot) {
    for (const q of snapshot.queues) {
      if (q.attributes.state !== 'available') {
        yield unreadable(q.arn, `the attributes of queue ${q.name}`, q.attributes);
        continue;
      }
      const e = q.attributes.value.encryption;
      yield e.type === 'none'
        ? { resource_id: q.arn, status: 'FAIL', reason: `queue ${q.name} is not encrypted at rest` }
        : {
            resource_id: q.arn,
            status: 'PASS',
            reason:
              e.type === 'kms'
                ? `queue ${q.name} is encrypted with KMS key ${e.kmsKeyId}`
                : `queue ${q.name} is encrypted with SQS-managed keys (SSE-SQS)`,
          };
    }
  },
});
