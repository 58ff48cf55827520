import { IAM } from '../../../providers/aws/services/iam/model.js';
import { checkConfig } from '../../config.js';
import { defineCheck } from '../../define.js';
import { passwordPolicyResult } from './common.js';

export default defineCheck({
  id: 'iam_password_policy_minimum_length_14',
  scanner: IAM,
  reads: ['partitionRegion', 'passwordPolicy'],
  resource_type: 'AwsAccount',
  title: 'The password policy requires at least 14 characters',
  description: 'MinimumPasswordLength is at least min_password_length (default 14).',
  severity: 'medium',
  risk: 'Weak password rules make console passwords easier to guess, spray or reuse from other breaches.',
  remediation: {
    text: 'Set the account password policy in IAM → Account settings (all password rules can be set in one command).',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  compliance: { 'cis_aws_7.0': ['2.8'], aws_fsbp: ['IAM.15'] },
  *evaluate(snapshot, ctx) {
    const config = checkConfig(ctx.options);
    yield passwordPolicyResult(snapshot, ctx, (p) => {
      const length = p.minimumPasswordLength ?? 0;
      return length >= config.min_password_length
        ? { pass: true, reason: `minimum password length is ${length}` }
        : {
            pass: false,
            reason: `minimum password length is ${length}, below ${config.min_password_length}`,
          };
    });
  },
});
