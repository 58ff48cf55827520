import { LAMBDA } from '../../../providers/aws/services/lambda/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'lambda_function_policy_public',
  scanner: LAMBDA,
  reads: ['functions'],
  resource_type: 'AwsLambdaFunction',
  title: 'Lambda function policies do not let anyone invoke or manage the function',
  description:
    'Reads each function’s resource-based policy (GetPolicy): an Allow to principal "*" (or AWS "*") with no condition pinning the caller to accounts, an organization, a source ARN or a network fails. A function without a policy passes.',
  severity: 'critical',
  risk: 'Anyone with an AWS account (or anyone at all, through a function URL) can run the function — at the owner’s cost, with the permissions of its execution role — or read and change it.',
  remediation: {
    text: 'Remove the open statement, or narrow it with aws:SourceAccount / aws:SourceArn (for a service principal) or aws:PrincipalOrgID.',
    cli: 'aws lambda remove-permission --function-name NAME --statement-id SID',
    console:
      'Lambda → Functions → <function> → Configuration → Permissions → Resource-based policy',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
  },
  compliance: { aws_fsbp: ['Lambda.1'] },
  *evaluate(snapshot) {
    for (const fn of snapshot.functions) {
      const policy = fn.policy;
      if (policy.state === 'absent') {
        yield {
          resource_id: fn.arn,
          status: 'PASS',
          reason: `${fn.name} has no resource-based policy`,
        };
        continue;
      }
      if (policy.state !== 'available') {
        yield unreadable(fn.arn, `the resource policy of ${fn.name}`, policy);
        continue;
      }
      const open = policy.value.publicStatements;
      yield open.length > 0
        ? {
            resource_id: fn.arn,
            status: 'FAIL',
            reason: `${fn.name}'s policy lets anyone call ${policy.value.publicActions.join(', ')} (statement ${open.join(', ')})`,
          }
        : {
            resource_id: fn.arn,
            status: 'PASS',
            reason: `${fn.name}'s policy (${policy.value.statementCount} statements) lets no one in without a narrowing condition`,
          };
    }
  },
});
