import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { account, rootRow, unavailable } from './common.js';

export default defineCheck({
  id: 'iam_no_root_access_key',
  scanner: IAM,
  reads: ['credentialReport', 'partitionRegion', 'summary'],
  resource_type: 'AwsAccount',
  title: 'The root user has no active access key',
  description:
    'Reads the root row of the credential report (or, when the report is unavailable, the account summary) for active access keys.',
  severity: 'critical',
  risk: 'A root access key grants unrestricted, non-revocable-by-policy access to the whole account to whoever holds it.',
  remediation: {
    text: 'Sign in as the root user, open Security credentials and delete every access key; use IAM roles instead.',
    console: 'Account menu → Security credentials → Access keys → Delete',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
  },
  compliance: { 'cis_aws_7.0': ['2.4'], aws_fsbp: ['IAM.4'] },
  *evaluate(snapshot, ctx) {
    const resource_id = account(snapshot, ctx);
    const row = rootRow(snapshot, ctx);
    if ('root' in row) {
      const active = row.root.accessKeys.filter((k) => k.active).map((k) => k.slot);
      yield active.length > 0
        ? {
            resource_id,
            status: 'FAIL',
            reason: `root access key ${active.join(' and ')} is active`,
          }
        : { resource_id, status: 'PASS', reason: 'the root user has no active access key' };
      return;
    }
    // The account summary answers the same question with another permission.
    const summary = snapshot.summary;
    if (summary.state === 'available' && summary.value.AccountAccessKeysPresent !== undefined) {
      yield summary.value.AccountAccessKeysPresent > 0
        ? {
            resource_id,
            status: 'FAIL',
            reason: 'AccountAccessKeysPresent is 1: the root user has an access key',
          }
        : { resource_id, status: 'PASS', reason: 'AccountAccessKeysPresent is 0' };
      return;
    }
    yield summary.state === 'available'
      ? row.error
      : unavailable(resource_id, 'the credential report and the account summary', summary);
  },
});
