import { roleAdminAccess } from '../../../providers/aws/policy/iam-admin.js';
import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { adminAccessResult, authorization } from './common.js';

const SERVICE_LINKED_PATH = '/aws-service-role/';

export default defineCheck({
  id: 'iam_role_administrator_access',
  scanner: IAM,
  reads: ['authorization', 'partitionRegion'],
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
      yield adminAccessResult(role, roleAdminAccess(role, auth.details));
    }
  },
});
