import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { account, authorization, awsManagedPolicyArn } from './common.js';

export default defineCheck({
  id: 'iam_support_role_created',
  scanner: IAM,
  reads: ['authorization', 'partitionRegion'],
  resource_type: 'AwsAccount',
  title: 'A role exists to manage incidents with AWS Support',
  description: 'At least one IAM role has the AWS-managed AWSSupportAccess policy attached.',
  severity: 'low',
  risk: 'Without a dedicated support role, incident handling with AWS Support falls back to over-privileged users.',
  remediation: {
    text: 'Create a role that your incident responders can assume and attach AWSSupportAccess to it.',
    cli: 'aws iam attach-role-policy --role-name SUPPORT_ROLE --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    url: 'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
  },
  compliance: { 'cis_aws_7.0': ['2.15'], aws_fsbp: ['IAM.18'] },
  *evaluate(snapshot, ctx) {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield auth.error;
      return;
    }
    const resource_id = account(snapshot, ctx);
    const policy = awsManagedPolicyArn(snapshot, 'AWSSupportAccess');
    const roles = auth.details.roles
      .filter((r) => r.attachedPolicies.some((p) => p.arn === policy))
      .map((r) => r.name);
    yield roles.length > 0
      ? {
          resource_id,
          status: 'PASS',
          reason: `AWSSupportAccess is attached to role ${roles.join(', ')}`,
        }
      : { resource_id, status: 'FAIL', reason: 'no role has AWSSupportAccess attached' };
  },
});
