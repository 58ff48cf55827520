import { SQS } from '../../../providers/aws/services/sqs/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'sqs_queue_policy_public',
  scanner: SQS,
  reads: ['queues'],
  resource_type: 'AwsSqsQueue',
  title: 'SQS queue policies do not let anyone use the queue',
  description:
    'Reads each queue’s access policy: an Allow to principal "*" (or AWS "*") with no condition pinning the caller to accounts, an organization, a source ARN or a network fails. A queue without a policy passes.',
  severity: 'critical',
  risk: 'Anyone with an AWS account can send to, read from or purge the queue, or change it, depending on the actions allowed.',
  remediation: {
    text: 'Name the principals that need the queue, or narrow the statement with aws:SourceArn / aws:SourceAccount / aws:PrincipalOrgID.',
    cli: 'aws sqs set-queue-attributes --queue-url URL --attributes file://policy.json',
    console: 'SQS → Queues → <queue> → Access policy → Edit',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
  },
  compliance: { aws_fsbp: ['SQS.3'] },
  *evaluate(snapshot) {
    for (const q of snapshot.queues) {
      if (q.attributes.state !== 'available') {
        yield unreadable(q.arn, `the access policy of queue ${q.name}`, q.attributes);
        continue;
      }
      const policy = q.attributes.value.policy;
      if (policy.state !== 'available') {
        yield {
          resource_id: q.arn,
          status: 'PASS',
          reason: `queue ${q.name} has no access policy`,
        };
        continue;
      }
      const open = policy.value.publicStatements;
      yield open.length > 0
        ? {
            resource_id: q.arn,
            status: 'FAIL',
            reason: `queue ${q.name}'s policy lets anyone call ${policy.value.publicActions.join(', ')} (statement ${open.join(', ')})`,
          }
        : {
            resource_id: q.arn,
            status: 'PASS',
            reason: `queue ${q.name}'s policy (${policy.value.statementCount} statements) lets no one in without a narrowing condition`,
          };
    }
  },
});
