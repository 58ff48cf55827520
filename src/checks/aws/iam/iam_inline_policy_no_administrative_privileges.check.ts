import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { isAdminPolicy } from '../../../providers/aws/policy/index.js';
import { authorization } from './common.js';

export default defineCheck({
  id: 'iam_inline_policy_no_administrative_privileges',
  scanner: IAM,
  reads: ['authorization', 'partitionRegion'],
  resource_type: 'Other',
  title: 'Inline policies do not grant "*:*"',
  description:
    'No inline policy of a user, group or role gives full administrative rights (an Allow of Action "*" on every resource, or a NotAction that leaves IAM allowed). Principals without inline policies are not reported.',
  severity: 'high',
  risk: 'An inline wildcard policy hides full administrative rights inside one principal, out of sight of policy reviews.',
  remediation: {
    text: 'Delete the inline policy and grant least-privilege permissions through a managed policy.',
    cli: 'aws iam delete-role-policy --role-name ROLE --policy-name POLICY',
  },
  compliance: { 'cis_aws_7.0': ['2.14'] },
  *evaluate(snapshot, ctx) {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield auth.error;
      return;
    }
    const { users, groups, roles } = auth.details;
    for (const holder of [...users, ...groups, ...roles]) {
      if (holder.inlinePolicies.length === 0) continue;
      const admin = holder.inlinePolicies
        .filter((p) => isAdminPolicy(p.document))
        .map((p) => p.name);
      yield admin.length > 0
        ? {
            resource_id: holder.arn,
            status: 'FAIL',
            reason: `${holder.name}: inline ${admin.join(', ')} give full administrative rights`,
          }
        : {
            resource_id: holder.arn,
            status: 'PASS',
            reason: `${holder.name}'s inline policies do not allow "*:*"`,
          };
    }
  },
});
