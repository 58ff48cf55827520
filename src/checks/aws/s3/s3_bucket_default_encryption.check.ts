import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { bucketFacetResult } from './common.js';

export default defineCheck({
  id: 's3_bucket_default_encryption',
  scanner: S3,
  reads: ['buckets.encryption', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets have default encryption',
  description: 'GetBucketEncryption returns at least one server-side encryption rule.',
  severity: 'medium',
  risk: 'Objects written without encryption headers would be stored unencrypted.',
  remediation: {
    text: 'Set default encryption on the bucket (SSE-S3 at least, SSE-KMS for control over the key).',
    cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration file://sse.json',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      yield bucketFacetResult(bucket, snapshot, 'encryption', (e) =>
        e && e.rules.length > 0
          ? {
              pass: true,
              reason: `default encryption is ${e.rules.map((r) => r.algorithm).join(', ')}`,
            }
          : { pass: false, reason: 'no default encryption' },
      );
    }
  },
});
