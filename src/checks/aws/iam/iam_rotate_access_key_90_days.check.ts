import { IAM } from '../../../providers/aws/services/iam/model.js';
import { checkConfig } from '../../config.js';
import { defineCheck } from '../../define.js';
import { daysSince } from '../time.js';
import { activeKeys, reportUsers } from './common.js';

export default defineCheck({
  id: 'iam_rotate_access_key_90_days',
  scanner: IAM,
  reads: ['credentialReport', 'partitionRegion'],
  resource_type: 'AwsIamUser',
  title: 'Active access keys are rotated within 90 days',
  description:
    'No active access key was created or rotated more than max_access_key_age_days (default 90) ago.',
  severity: 'medium',
  risk: 'The older a key, the more places it has been copied to and the likelier it has leaked.',
  remediation: {
    text: 'Create a second key, move applications to it, deactivate and then delete the old key.',
    cli: 'aws iam create-access-key --user-name USER',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
  },
  compliance: { 'cis_aws_7.0': ['2.12'], aws_fsbp: ['IAM.3'] },
  *evaluate(snapshot, ctx) {
    const users = reportUsers(snapshot, ctx);
    if ('error' in users) {
      yield users.error;
      return;
    }
    const limit = checkConfig(ctx.options).max_access_key_age_days;
    for (const row of users.rows) {
      const active = activeKeys(row);
      if (active.length === 0) {
        yield {
          resource_id: row.arn,
          status: 'PASS',
          reason: `${row.user} has no active access key`,
        };
        continue;
      }
      const old = active.flatMap((k) => {
        const age = daysSince(k.lastRotated, ctx.now);
        return age !== undefined && age > limit ? [`access key ${k.slot} is ${age} days old`] : [];
      });
      yield old.length > 0
        ? { resource_id: row.arn, status: 'FAIL', reason: `${row.user}: ${old.join('; ')}` }
        : {
            resource_id: row.arn,
            status: 'PASS',
            reason: `${row.user}'s active keys are at most ${limit} days old`,
          };
    }
  },
});
