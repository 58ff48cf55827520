import { userAdminAccess } from '../../../providers/aws/policy/iam-admin.js';
import type { IamSnapshot } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { authorization } from './common.js';

export default defineCheck<IamSnapshot>({
  id: 'iam_user_administrator_access',
  provider: 'aws',
  service: 'iam',
  resource_type: 'AwsIamUser',
  title: 'IAM users do not hold full administrative rights',
  description:
    "No IAM user has full administrative rights through any policy that applies to it: its inline policies, its attached customer- or AWS-managed policies, or those of its groups, read together (a Deny of IAM's actions on every resource takes them back).",
  severity: 'high',
  risk: 'Long-lived user credentials with full rights are the shortest path from a leaked key or password to the whole account.',
  remediation: {
    text: 'Give administrators a role they assume with MFA (or IAM Identity Center) and remove the administrative policies from the user and its groups.',
    cli: 'aws iam list-groups-for-user --user-name USER && aws iam list-attached-user-policies --user-name USER',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield auth.error;
      return;
    }
    for (const user of auth.details.users) {
      const access = userAdminAccess(user, auth.details);
      if (access.admin === true) {
        yield {
          resource_id: user.arn,
          status: 'FAIL',
          reason: `${user.name} has full administrative rights through ${access.via.join(', ')}`,
        };
      } else if (access.admin === null) {
        yield {
          resource_id: user.arn,
          status: 'ERROR',
          reason: `${user.name}'s rights are unknown: iam:GetAccountAuthorizationDetails returned no document for ${access.unknown.join(', ')}`,
        };
      } else {
        yield {
          resource_id: user.arn,
          status: 'PASS',
          reason: `${user.name} has no full administrative rights`,
        };
      }
    }
  },
});
