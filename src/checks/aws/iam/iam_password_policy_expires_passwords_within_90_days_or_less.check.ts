import { IAM } from '../../../providers/aws/services/iam/model.js';
import { checkConfig } from '../../config.js';
import { defineCheck } from '../../define.js';
import { passwordPolicyResult } from './common.js';

export default defineCheck({
  id: 'iam_password_policy_expires_passwords_within_90_days_or_less',
  scanner: IAM,
  reads: ['partitionRegion', 'passwordPolicy'],
  resource_type: 'AwsAccount',
  title: 'Passwords expire within 90 days',
  description:
    'ExpirePasswords is set and MaxPasswordAge is at most max_password_age_days (default 90).',
  severity: 'low',
  risk: 'Weak password rules make console passwords easier to guess, spray or reuse from other breaches.',
  remediation: {
    text: 'Set the account password policy in IAM → Account settings (all password rules can be set in one command).',
    cli: 'aws iam update-account-password-policy --max-password-age 90',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  compliance: { aws_fsbp: ['IAM.17'] },
  *evaluate(snapshot, ctx) {
    const config = checkConfig(ctx.options);
    yield passwordPolicyResult(snapshot, ctx, (p) =>
      p.expirePasswords &&
      p.maxPasswordAge !== undefined &&
      p.maxPasswordAge <= config.max_password_age_days
        ? { pass: true, reason: `passwords expire after ${p.maxPasswordAge} days` }
        : {
            pass: false,
            reason: p.expirePasswords
              ? `passwords expire after ${p.maxPasswordAge} days, above ${config.max_password_age_days}`
              : 'passwords never expire',
          },
    );
  },
});
