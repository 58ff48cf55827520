import { IAM } from '../../../providers/aws/services/iam/model.js';
import { checkConfig } from '../../config.js';
import { defineCheck } from '../../define.js';
import { daysSince } from '../time.js';
import { account, rootRow } from './common.js';

export default defineCheck({
  id: 'iam_avoid_root_usage',
  scanner: IAM,
  reads: ['credentialReport', 'partitionRegion'],
  resource_type: 'AwsAccount',
  title: 'The root user is not used for everyday work',
  description:
    'The root password and access keys have not been used within root_recent_use_days (default 30) according to the credential report.',
  severity: 'high',
  risk: 'Everyday use of the root user bypasses least privilege and leaves no individual accountability.',
  remediation: {
    text: 'Do everyday administration with IAM roles (IAM Identity Center); keep the root user for the few tasks that need it, and change its password if its use was not expected.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html',
  },
  compliance: { 'cis_aws_7.0': ['2.7'] },
  *evaluate(snapshot, ctx) {
    const resource_id = account(snapshot, ctx);
    const row = rootRow(snapshot, ctx);
    if ('error' in row) {
      yield row.error;
      return;
    }
    const limit = checkConfig(ctx.options).root_recent_use_days;
    const uses = [
      { what: 'password', days: daysSince(row.root.passwordLastUsed, ctx.now) },
      ...row.root.accessKeys.map((k) => ({
        what: `access key ${k.slot}`,
        days: daysSince(k.lastUsed, ctx.now),
      })),
    ].filter((u): u is { what: string; days: number } => u.days !== undefined && u.days <= limit);
    yield uses.length > 0
      ? {
          resource_id,
          status: 'FAIL',
          reason: uses.map((u) => `root ${u.what} used ${u.days} days ago`).join('; '),
        }
      : {
          resource_id,
          status: 'PASS',
          reason: `the root user was not used in the last ${limit} days`,
        };
  },
});
