import { IAM } from '../../../providers/aws/services/iam/model.js';

import { defineCheck } from '../../define.js';
import { passwordPolicyResult } from './common.js';

export default defineCheck({
  id: 'iam_password_policy_uppercase',
  scanner: IAM,
  reads: ['partitionRegion', 'passwordPolicy'],
  resource_type: 'AwsAccount',
  title: 'The password policy requires an uppercase letter',
  description: 'RequireUppercaseCharacters is set.',
  severity: 'medium',
  risk: 'Weak password rules make console passwords easier to guess, spray or reuse from other breaches.',
  remediation: {
    text: 'Set the account password policy in IAM → Account settings (all password rules can be set in one command).',
    cli: 'aws iam update-account-password-policy --require-uppercase-characters',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  compliance: { aws_fsbp: ['IAM.11'] },
  *evaluate(snapshot, ctx) {
    yield passwordPolicyResult(snapshot, ctx, (p) =>
      p.requireUppercaseCharacters
        ? { pass: true, reason: 'an uppercase letter is required' }
        : { pass: false, reason: 'RequireUppercaseCharacters is false' },
    );
  },
});
