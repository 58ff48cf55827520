import { userAdminAccess } from '../../../providers/aws/policy/iam-admin.js';
import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { adminAccessResult, authorization } from './common.js';

export default defineCheck({
  id: 'iam_user_administrator_access',
  scanner: IAM,
  reads: ['authorization', 'partitionRegion'],
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
      yield adminAccessResult(user, userAdminAccess(user, auth.details));
    }
  },
});
