import { grants, parseStatements } from '../../../providers/aws/policy/index.js';
import { bucketPublicAccess } from '../../../providers/aws/policy/s3-access.js';
import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { arnOf, isUnreadable, unreadable } from './common.js';

/** S3's write, delete and restore actions, as patterns. */
const WRITE_ACTIONS = [
  's3:Put*',
  's3:Delete*',
  's3:Restore*',
  's3:Replicate*',
  's3:Abort*',
  's3:Create*',
  's3:Bypass*',
];

export default defineCheck({
  id: 's3_bucket_policy_public_write_access',
  scanner: S3,
  reads: [
    'accountPublicAccessBlock',
    'buckets.policy',
    'buckets.publicAccessBlock',
    'partitionRegion',
  ],
  resource_type: 'AwsS3Bucket',
  title: 'S3 bucket policies do not let anyone write',
  description:
    'No Allow statement open to "*" (without a condition pinning accounts, organizations or networks) grants a write or delete action, unless RestrictPublicBuckets is on for the bucket or the account.',
  severity: 'critical',
  risk: 'Anyone on the internet could upload, overwrite or delete objects: data loss, malware hosting, bills.',
  remediation: {
    text: 'Name the principals that may write, or add conditions (aws:PrincipalOrgID, aws:SourceVpce…) to the statement.',
    cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://restricted.json',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
  },
  compliance: { 'cis_aws_7.0': ['2.21'], aws_fsbp: ['S3.3'] },
  *evaluate(snapshot) {
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
      const writes = grants(parseStatements(policy.value.document), { actions: WRITE_ACTIONS })
        .filter((g) => g.public)
        .flatMap((g) => g.actions);
      if (writes.length === 0) {
        yield {
          resource_id,
          status: 'PASS',
          reason: `${bucket.name}'s policy lets no anonymous writer in`,
        };
        continue;
      }
      const restricted = bucketPublicAccess(bucket.facets, snapshot.accountPublicAccessBlock).block
        .restrictPublicBuckets;
      const blockRead = [bucket.facets.publicAccessBlock, snapshot.accountPublicAccessBlock].find(
        isUnreadable,
      );
      if (restricted === true) {
        yield {
          resource_id,
          status: 'PASS',
          reason: `${bucket.name}'s policy allows writes to anyone, but RestrictPublicBuckets neutralises it`,
        };
      } else if (restricted === null && blockRead !== undefined) {
        yield unreadable(resource_id, `${bucket.name}'s Block Public Access`, blockRead);
      } else {
        yield {
          resource_id,
          status: 'FAIL',
          reason: `${bucket.name}'s policy allows ${[...new Set(writes)].join(', ')} to anyone`,
        };
      }
    }
  },
});
