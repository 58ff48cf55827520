import { IAM } from '../../../providers/aws/services/iam/model.js';

import { defineCheck } from '../../define.js';
import { passwordPolicyResult } from './common.js';

export default defineCheck({
  id: 'iam_password_policy_symbol',
  scanner: IAM,
  reads: ['partitionRegion', 'passwordPolicy'],
  resource_type: 'AwsAccount',
  title: 'The password policy requires a symbol',
  description: 'RequireSymbols is set.',
  severity: 'medium',
  risk: 'Weak password rules make console passwords easier to guess, spray or reuse from other breaches.',
  remediation: {
    text: 'Set the account password policy in IAM → Account settings (all password rules can be set in one command).',
    cli: 'aws iam update-account-password-policy --require-symbols',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  compliance: { aws_fsbp: ['IAM.13'] },
  *evaluate(snapshot, ctx) {
    yield passwordPolicyResult(snapshot, ctx, (p) =>
      p.requireSymbols
        ? { pass: true, reason: 'a symbol is required' }
        : { pass: false, reason: 'RequireSymbols is false' },
    );
  },
});
