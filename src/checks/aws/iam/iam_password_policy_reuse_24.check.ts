import { IAM } from '../../../providers/aws/services/iam/model.js';
import { checkConfig } from '../../config.js';
import { defineCheck } from '../../define.js';
import { passwordPolicyResult } from './common.js';

export default defineCheck({
  id: 'iam_password_policy_reuse_24',
  scanner: IAM,
  reads: ['partitionRegion', 'passwordPolicy'],
  resource_type: 'AwsAccount',
  title: 'The password policy prevents reuse of the last 24 passwords',
  description: 'PasswordReusePrevention is at least password_reuse_prevention (default 24).',
  severity: 'medium',
  risk: 'Weak password rules make console passwords easier to guess, spray or reuse from other breaches.',
  remediation: {
    text: 'Set the account password policy in IAM → Account settings (all password rules can be set in one command).',
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  compliance: { 'cis_aws_7.0': ['2.9'], aws_fsbp: ['IAM.16'] },
  *evaluate(snapshot, ctx) {
    const config = checkConfig(ctx.options);
    yield passwordPolicyResult(snapshot, ctx, (p) => {
      const remembered = p.passwordReusePrevention ?? 0;
      return remembered >= config.password_reuse_prevention
        ? { pass: true, reason: `the last ${remembered} passwords cannot be reused` }
        : {
            pass: false,
            reason:
              remembered === 0
                ? 'password reuse prevention is off'
                : `only the last ${remembered} passwords are remembered, below ${config.password_reuse_prevention}`,
          };
    });
  },
});
