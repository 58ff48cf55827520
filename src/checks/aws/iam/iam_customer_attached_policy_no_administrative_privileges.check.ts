import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { isAdminPolicy } from '../../../providers/aws/policy/index.js';
import { authorization } from './common.js';

export default defineCheck({
  id: 'iam_customer_attached_policy_no_administrative_privileges',
  scanner: IAM,
  reads: ['authorization', 'partitionRegion'],
  resource_type: 'AwsIamPolicy',
  title: 'Attached customer-managed policies do not grant "*:*"',
  description:
    'No customer-managed policy in use gives full administrative rights in its default version: an Allow of Action "*" on every resource, or a NotAction that leaves IAM allowed.',
  severity: 'high',
  risk: 'Full administrative rights granted by a home-made policy are easy to hand out and hard to notice.',
  remediation: {
    text: 'Replace the wildcard statement with the actions and resources the holders need, or detach the policy.',
    cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://least-privilege.json --set-as-default',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  },
  compliance: { 'cis_aws_7.0': ['2.14'], aws_fsbp: ['IAM.1'] },
  *evaluate(snapshot, ctx) {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield auth.error;
      return;
    }
    for (const policy of auth.details.policies) {
      if (policy.attachmentCount === 0) continue;
      yield isAdminPolicy(policy.document)
        ? {
            resource_id: policy.arn,
            status: 'FAIL',
            reason: `${policy.name} gives full administrative rights and is attached ${policy.attachmentCount} time(s)`,
          }
        : {
            resource_id: policy.arn,
            status: 'PASS',
            reason: `${policy.name} does not allow "*:*"`,
          };
    }
  },
});
