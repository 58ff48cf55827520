import { externalAccounts, grants, parseStatements } from '../../../providers/aws/policy/index.js';
import { S3 } from '../../../providers/aws/services/s3/model.js';
import { trustedAccountIds } from '../../config.js';
import { defineCheck } from '../../define.js';
import { arnOf, isUnreadable, unreadable } from './common.js';

export default defineCheck({
  id: 's3_bucket_cross_account_access',
  scanner: S3,
  reads: ['buckets.policy', 'organization', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 bucket policies grant no account outside the trusted ones',
  description:
    'No Allow statement of the bucket policy lets in an account other than the owner, the accounts listed in check_config.trusted_account_ids and (when the scan could list them) the accounts of its organization, whether the account is named as a principal or pinned by a condition (aws:PrincipalAccount, aws:SourceAccount, aws:SourceArn…) on a "*" principal.',
  severity: 'high',
  risk: 'Another account can read or change the data, and its own users and roles inherit that access without the bucket owner seeing them.',
  remediation: {
    text: 'Remove the statements that grant the untrusted accounts, or add those accounts to check_config.trusted_account_ids if the access is intended.',
    cli: 'aws s3api get-bucket-policy --bucket BUCKET --query Policy --output text',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    const trusted = new Set(trustedAccountIds(ctx.options));
    const org = snapshot.organization;
    if (org?.state === 'available' && org.value !== null) {
      if (org.value.managementAccountId) trusted.add(org.value.managementAccountId);
      if (org.value.accounts.state === 'available') {
        for (const account of org.value.accounts.value) trusted.add(account);
      }
    }
    for (const bucket of snapshot.buckets) {
      const resource_id = arnOf(bucket, snapshot);
      const policy = bucket.facets.policy;
      if (isUnreadable(policy)) {
        yield unreadable(resource_id, `${bucket.name}'s policy`, policy);
        continue;
      }
      if (policy.state === 'none') {
        yield { resource_id, status: 'PASS', reason: `${bucket.name} has no bucket policy` };
        continue;
      }
      const granted = grants(parseStatements(policy.value.document));
      const external = externalAccounts(granted, { self: ctx.accountId, trusted: [...trusted] });
      if (external.length === 0) {
        yield {
          resource_id,
          status: 'PASS',
          reason: `${bucket.name}'s policy grants no account outside the trusted ones`,
        };
        continue;
      }
      const actions = [
        ...new Set(
          granted
            .filter((g) => g.accounts.some((a) => external.includes(a)))
            .flatMap((g) => g.actions),
        ),
      ];
      yield {
        resource_id,
        status: 'FAIL',
        reason: `${bucket.name}'s policy grants ${actions.join(', ')} to untrusted account(s) ${external.join(', ')}`,
      };
    }
  },
});
