import { IAM } from '../../../providers/aws/services/iam/model.js';
import { checkConfig } from '../../config.js';
import { defineCheck } from '../../define.js';
import { daysSince } from '../time.js';
import { reportUsers } from './common.js';

export default defineCheck({
  id: 'iam_user_console_access_unused',
  scanner: IAM,
  reads: ['credentialReport', 'partitionRegion'],
  resource_type: 'AwsIamUser',
  title: 'Console passwords unused for 45 days are disabled',
  description:
    'No console password has gone unused (or, never used, unchanged) for more than max_unused_credentials_days (default 45).',
  severity: 'medium',
  risk: 'A dormant console password is an account nobody watches, ready for credential stuffing.',
  remediation: {
    text: 'Remove the console password of users who no longer sign in.',
    cli: 'aws iam delete-login-profile --user-name USER',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
  },
  compliance: { 'cis_aws_7.0': ['2.11'], aws_fsbp: ['IAM.8', 'IAM.22'] },
  *evaluate(snapshot, ctx) {
    const users = reportUsers(snapshot, ctx);
    if ('error' in users) {
      yield users.error;
      return;
    }
    const limit = checkConfig(ctx.options).max_unused_credentials_days;
    for (const row of users.rows) {
      if (!row.passwordEnabled) {
        yield {
          resource_id: row.arn,
          status: 'PASS',
          reason: `${row.user} has no console password`,
        };
        continue;
      }
      const used = daysSince(row.passwordLastUsed, ctx.now);
      const idle = used ?? daysSince(row.passwordLastChanged ?? row.userCreationTime, ctx.now);
      if (idle !== undefined && idle > limit) {
        yield {
          resource_id: row.arn,
          status: 'FAIL',
          reason:
            used === undefined
              ? `${row.user}'s console password was never used in ${idle} days`
              : `${row.user} last signed in ${used} days ago`,
        };
      } else {
        yield {
          resource_id: row.arn,
          status: 'PASS',
          reason: `${row.user} signed in within ${limit} days`,
        };
      }
    }
  },
});
