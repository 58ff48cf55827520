import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import {
  arnOf,
  BLOCK_SETTINGS,
  blocked,
  isUnreadable,
  SETTING_NAMES,
  unreadable,
} from './common.js';

export default defineCheck({
  id: 's3_bucket_level_public_access_block',
  scanner: S3,
  reads: ['accountPublicAccessBlock', 'buckets.publicAccessBlock', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets block public access',
  description:
    'Each of the four Block Public Access settings is on for the bucket, at the bucket level or through the account-level configuration.',
  severity: 'high',
  risk: 'A bucket without Block Public Access can be published by a single ACL or policy change.',
  remediation: {
    text: 'Turn on Block Public Access for the bucket (or for the whole account).',
    cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    console: 'S3 → bucket → Permissions → Block public access → Edit',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
  },
  compliance: { 'cis_aws_7.0': ['3.1.4'], aws_fsbp: ['S3.8'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      const resource_id = arnOf(bucket, snapshot);
      const off = BLOCK_SETTINGS.filter((s) => !blocked(bucket, snapshot, s));
      if (off.length === 0) {
        yield { resource_id, status: 'PASS', reason: `${bucket.name}: public access is blocked` };
        continue;
      }
      const unread = [bucket.facets.publicAccessBlock, snapshot.accountPublicAccessBlock].find(
        isUnreadable,
      );
      yield unread
        ? unreadable(resource_id, `${bucket.name}'s Block Public Access`, unread)
        : {
            resource_id,
            status: 'FAIL',
            reason: `${bucket.name}: ${off.map((s) => SETTING_NAMES[s]).join(', ')} off at bucket and account level`,
          };
    }
  },
});
