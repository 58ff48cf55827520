import { roleAdminAccess } from '../../../providers/aws/policy/iam-admin.js';
import type { IamSnapshot } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { authorization } from './common.js';

const SERVICE_LINKED_PATH = '/aws-service-role/';

export default defineCheck<IamSnapshot>({
  id: 'iam_role_administrator_access',
  provider: 'aws',
  service: 'iam',
  resource_type: 'AwsIamRole',
  title: 'IAM roles do not carry full administrative rights',
  description:
    'No IAM role has full administrative rights through its inline or attached (customer- or AWS-managed) policies. Service-linked roles, whose policies AWS manages, are not evaluated.',
  severity: 'medium',
  risk: 'Whoever may assume the role, or any workload running with it, can do anything in the account.',
  remediation: {
    text: 'Replace the administrative policy with the permissions the role’s users or workload need, and keep break-glass roles behind MFA and monitoring.',
    cli: 'aws iam list-attached-role-policies --role-name ROLE && aws iam list-role-policies --role-name ROLE',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield auth.error;
      return;
    }
    for (const role of auth.details.roles) {
      if (role.path.startsWith(SERVICE_LINKED_PATH)) continue;
      const access = roleAdminAccess(role, auth.details);
      if (access.admin === true) {
        yield {
          resource_id: role.arn,
          status: 'FAIL',
          reason: `${role.name} has full administrative rights through ${access.via.join(', ')}`,
        };
      } else if (access.admin === null) {
        yield {
          resource_id: role.arn,
          status: 'ERROR',
          reason: `${role.name}'s rights are unknown: iam:GetAccountAuthorizationDetails returned no document for ${access.unknown.join(', ')}`,
        };
      } else {
        yield {
          resource_id: role.arn,
          status: 'PASS',
          reason: `${role.name} has no full administrative rights`,
        };
      }
    }
  },
});
