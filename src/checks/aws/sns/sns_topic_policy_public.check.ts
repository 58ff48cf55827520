import { SNS } from '../../../providers/aws/services/sns/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'sns_topic_policy_public',
  scanner: SNS,
  reads: ['topics'],
  resource_type: 'AwsSnsTopic',
  title: 'SNS topic policies do not let anyone publish to or manage the topic',
  description:
    'Reads each topic’s policy (GetTopicAttributes): an Allow to principal "*" (or AWS "*") with no condition pinning the caller (AWS:SourceOwner, aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID…) fails.',
  severity: 'critical',
  risk: 'Anyone with an AWS account can publish to the topic (spam, injected events its subscribers act on), subscribe to read its messages, or change it.',
  remediation: {
    text: 'Remove the open statement, or narrow it with a condition naming the accounts, organization or source ARNs allowed.',
    cli: 'aws sns set-topic-attributes --topic-arn ARN --attribute-name Policy --attribute-value file://policy.json',
    console: 'SNS → Topics → <topic> → Edit → Access policy',
    url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
  },
  compliance: { aws_fsbp: ['SNS.4'] },
  *evaluate(snapshot) {
    for (const t of snapshot.topics) {
      if (t.attributes.state !== 'available') {
        yield unreadable(t.arn, `the policy of topic ${t.name}`, t.attributes);
        continue;
      }
      const policy = t.attributes.value.policy;
      if (policy.state !== 'available') {
        yield { resource_id: t.arn, status: 'PASS', reason: `topic ${t.name} has no policy` };
        continue;
      }
      const open = policy.value.publicStatements;
      yield open.length > 0
        ? {
            resource_id: t.arn,
            status: 'FAIL',
            reason: `topic ${t.name}'s policy lets anyone call ${policy.value.publicActions.join(', ')} (statement ${open.join(', ')})`,
          }
        : {
            resource_id: t.arn,
            status: 'PASS',
            reason: `topic ${t.name}'s policy (${policy.value.statementCount} statements) lets no one in without a narrowing condition`,
          };
    }
  },
});
