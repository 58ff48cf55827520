import type { S3Snapshot } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { allowsAnyone, statements } from '../policy.js';
import { arnOf, blocked, unreadable } from './common.js';

const WRITE_ACTION = /^(\*|s3:\*|s3:(Put|Delete|Restore|Replicate|Abort|Create|Bypass)[A-Za-z*]*)$/;

export default defineCheck<S3Snapshot>({
  id: 's3_bucket_policy_public_write_access',
  provider: 'aws',
  service: 's3',
  resource_type: 'AwsS3Bucket',
  title: 'S3 bucket policies do not let anyone write',
  description:
    'No Allow statement open to "*" (without a condition narrowing who) grants a write or delete action, unless RestrictPublicBuckets is on.',
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
      if (policy.state === 'denied' || policy.state === 'error') {
        yield unreadable(resource_id, `${bucket.name}'s policy`, policy);
        continue;
      }
      if (policy.state === 'none') {
        yield { resource_id, status: 'PASS', reason: `${bucket.name} has no bucket policy` };
        continue;
      }
      const writes = statements(policy.value.document)
        .filter(allowsAnyone)
        .flatMap((s) => s.actions.filter((a) => WRITE_ACTION.test(a)));
      if (writes.length > 0 && !blocked(bucket, snapshot, 'restrictPublicBuckets')) {
        yield {
          resource_id,
          status: 'FAIL',
          reason: `${bucket.name}'s policy allows ${[...new Set(writes)].join(', ')} to anyone`,
        };
      } else {
        yield {
          resource_id,
          status: 'PASS',
          reason: `${bucket.name}'s policy lets no anonymous writer in`,
        };
      }
    }
  },
});
