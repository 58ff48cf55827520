import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { bucketFacetResult } from './common.js';

export default defineCheck({
  id: 's3_bucket_lifecycle_enabled',
  scanner: S3,
  reads: ['buckets.lifecycle', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets have a lifecycle configuration',
  description: 'The bucket has at least one enabled lifecycle rule.',
  severity: 'low',
  risk: 'Without lifecycle rules, old versions and incomplete uploads pile up: cost, and data kept longer than intended.',
  remediation: {
    text: 'Add lifecycle rules that expire or transition objects and old versions and abort incomplete multipart uploads.',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket BUCKET --lifecycle-configuration file://lifecycle.json',
  },
  compliance: { aws_fsbp: ['S3.13'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      yield bucketFacetResult(bucket, snapshot, 'lifecycle', (l) =>
        l && l.enabledRulesCount > 0
          ? { pass: true, reason: `${l.enabledRulesCount} lifecycle rule(s) enabled` }
          : { pass: false, reason: 'no enabled lifecycle rule' },
      );
    }
  },
});
