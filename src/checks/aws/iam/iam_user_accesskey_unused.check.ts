import { IAM } from '../../../providers/aws/services/iam/model.js';
import { checkConfig } from '../../config.js';
import { defineCheck } from '../../define.js';
import { daysSince } from '../time.js';
import { activeKeys, reportUsers } from './common.js';

export default defineCheck({
  id: 'iam_user_accesskey_unused',
  scanner: IAM,
  reads: ['credentialReport', 'partitionRegion'],
  resource_type: 'AwsIamUser',
  title: 'Access keys unused for 45 days are disabled',
  description:
    'No active access key has gone unused (or, never used, unrotated) for more than max_unused_credentials_days (default 45).',
  severity: 'medium',
  risk: 'A forgotten active key keeps working for whoever finds it, long after anyone needs it.',
  remediation: {
    text: 'Deactivate, then delete, access keys that are no longer used.',
    cli: 'aws iam update-access-key --user-name USER --access-key-id KEY_ID --status Inactive',
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
      const active = activeKeys(row);
      if (active.length === 0) {
        yield {
          resource_id: row.arn,
          status: 'PASS',
          reason: `${row.user} has no active access key`,
        };
        continue;
      }
      const stale = active.flatMap((k) => {
        const used = daysSince(k.lastUsed, ctx.now);
        const idle = used ?? daysSince(k.lastRotated, ctx.now);
        if (idle === undefined || idle <= limit) return [];
        return [
          used === undefined
            ? `access key ${k.slot} never used in ${idle} days`
            : `access key ${k.slot} last used ${used} days ago`,
        ];
      });
      yield stale.length > 0
        ? { resource_id: row.arn, status: 'FAIL', reason: `${row.user}: ${stale.join('; ')}` }
        : {
            resource_id: row.arn,
            status: 'PASS',
            reason: `${row.user}'s active keys were used within ${limit} days`,
          };
    }
  },
});
