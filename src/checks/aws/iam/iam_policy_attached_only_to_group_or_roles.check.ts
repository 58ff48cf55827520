import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { authorization } from './common.js';

export default defineCheck({
  id: 'iam_policy_attached_only_to_group_or_roles',
  scanner: IAM,
  reads: ['authorization', 'partitionRegion'],
  resource_type: 'AwsIamUser',
  title: 'IAM users receive permissions only through groups',
  description: 'No IAM user has a managed policy attached directly or an inline policy.',
  severity: 'low',
  risk: 'Per-user permissions drift apart and escape review; groups keep access consistent and auditable.',
  remediation: {
    text: 'Move the permissions into a group (or a role), add the user to it and detach or delete the user policies.',
    cli: 'aws iam detach-user-policy --user-name USER --policy-arn POLICY_ARN',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
  },
  compliance: { 'cis_aws_7.0': ['2.13'], aws_fsbp: ['IAM.2'] },
  *evaluate(snapshot, ctx) {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield auth.error;
      return;
    }
    for (const user of auth.details.users) {
      const direct = [
        ...user.attachedPolicies.map((p) => `attached ${p.name}`),
        ...user.inlinePolicies.map((p) => `inline ${p.name}`),
      ];
      yield direct.length > 0
        ? { resource_id: user.arn, status: 'FAIL', reason: `${user.name} has ${direct.join(', ')}` }
        : {
            resource_id: user.arn,
            status: 'PASS',
            reason: `${user.name} has no policy of its own`,
          };
    }
  },
});
