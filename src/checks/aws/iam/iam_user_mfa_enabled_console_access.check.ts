import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { reportUsers } from './common.js';

export default defineCheck({
  id: 'iam_user_mfa_enabled_console_access',
  scanner: IAM,
  reads: ['credentialReport', 'partitionRegion'],
  resource_type: 'AwsIamUser',
  title: 'IAM users with a console password have MFA',
  description: 'Every credential report row with password_enabled true has mfa_active true.',
  severity: 'high',
  risk: 'A console password without MFA is enough for anyone who phishes or guesses it.',
  remediation: {
    text: 'Assign an MFA device to the user, or remove the console password if the user does not sign in.',
    console: 'IAM → Users → user → Security credentials → Assign MFA device',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
  },
  compliance: { 'cis_aws_7.0': ['2.10'], aws_fsbp: ['IAM.5'] },
  *evaluate(snapshot, ctx) {
    const users = reportUsers(snapshot, ctx);
    if ('error' in users) {
      yield users.error;
      return;
    }
    for (const row of users.rows) {
      if (!row.passwordEnabled)
        yield {
          resource_id: row.arn,
          status: 'PASS',
          reason: `${row.user} has no console password`,
        };
      else if (row.mfaActive)
        yield { resource_id: row.arn, status: 'PASS', reason: `${row.user} signs in with MFA` };
      else
        yield {
          resource_id: row.arn,
          status: 'FAIL',
          reason: `${row.user} has a console password and no MFA device`,
        };
    }
  },
});
