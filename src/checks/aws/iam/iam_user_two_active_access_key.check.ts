import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { activeKeys, reportUsers } from './common.js';

export default defineCheck({
  id: 'iam_user_two_active_access_key',
  scanner: IAM,
  reads: ['credentialReport', 'partitionRegion'],
  resource_type: 'AwsIamUser',
  title: 'IAM users have at most one active access key',
  description: 'No user has both access key slots active outside a rotation.',
  severity: 'low',
  risk: 'Two live keys double what can leak and usually mean a rotation that was never finished.',
  remediation: {
    text: 'Finish the rotation: move every application to one key and deactivate the other.',
    cli: 'aws iam update-access-key --user-name USER --access-key-id OLD_KEY_ID --status Inactive',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    const users = reportUsers(snapshot, ctx);
    if ('error' in users) {
      yield users.error;
      return;
    }
    for (const row of users.rows) {
      const count = activeKeys(row).length;
      yield count > 1
        ? {
            resource_id: row.arn,
            status: 'FAIL',
            reason: `${row.user} has ${count} active access keys`,
          }
        : {
            resource_id: row.arn,
            status: 'PASS',
            reason: `${row.user} has ${count} active access key${count === 1 ? '' : 's'}`,
          };
    }
  },
});
