import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { bucketFacetResult } from './common.js';

export default defineCheck({
  id: 's3_bucket_object_versioning',
  scanner: S3,
  reads: ['buckets.versioning', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets have versioning enabled',
  description: 'GetBucketVersioning reports Status Enabled.',
  severity: 'medium',
  risk: 'Without versioning, an overwrite or a delete (accidental or malicious) cannot be undone.',
  remediation: {
    text: 'Enable versioning on the bucket (and a lifecycle rule to expire old versions).',
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled',
  },
  compliance: { aws_fsbp: ['S3.14'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      yield bucketFacetResult(bucket, snapshot, 'versioning', (v) =>
        v?.status === 'Enabled'
          ? { pass: true, reason: 'versioning is Enabled' }
          : { pass: false, reason: `versioning is ${v?.status ?? 'never enabled'}` },
      );
    }
  },
});
