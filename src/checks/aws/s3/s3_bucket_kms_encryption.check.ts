import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { bucketFacetResult } from './common.js';

export default defineCheck({
  id: 's3_bucket_kms_encryption',
  scanner: S3,
  reads: ['buckets.encryption', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets encrypt with KMS keys',
  description: 'The default encryption rule uses aws:kms or aws:kms:dsse.',
  severity: 'low',
  risk: 'SSE-S3 keys are managed by S3 alone: key use is neither logged in CloudTrail nor restricted by a key policy.',
  remediation: {
    text: 'Set SSE-KMS default encryption with a customer-managed key, and enable S3 Bucket Keys to limit KMS costs.',
    cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration file://sse-kms.json',
  },
  compliance: { aws_fsbp: ['S3.17'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      yield bucketFacetResult(bucket, snapshot, 'encryption', (e) => {
        const kms = e?.rules.find((r) => r.algorithm.startsWith('aws:kms'));
        return kms
          ? {
              pass: true,
              reason: `encrypted with ${kms.algorithm}${kms.kmsKeyId ? ` key ${kms.kmsKeyId}` : ''}`,
            }
          : {
              pass: false,
              reason: `default encryption is ${e?.rules[0]?.algorithm ?? 'off'}, not KMS`,
            };
      });
    }
  },
});
