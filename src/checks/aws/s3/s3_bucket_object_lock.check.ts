import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { bucketFacetResult } from './common.js';

export default defineCheck({
  id: 's3_bucket_object_lock',
  scanner: S3,
  reads: ['buckets.objectLock', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets have Object Lock enabled',
  description: 'GetObjectLockConfiguration reports Object Lock enabled.',
  severity: 'low',
  risk: 'Without Object Lock, objects can be deleted or overwritten by anyone with the permission, ransomware included.',
  remediation: {
    text: 'Enable Object Lock (possible on existing buckets with versioning) and set a default retention.',
    cli: 'aws s3api put-object-lock-configuration --bucket BUCKET --object-lock-configuration file://object-lock.json',
  },
  compliance: { aws_fsbp: ['S3.15'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      yield bucketFacetResult(bucket, snapshot, 'objectLock', (o) =>
        o?.enabled
          ? { pass: true, reason: `Object Lock is enabled${o.mode ? ` (${o.mode})` : ''}` }
          : { pass: false, reason: 'Object Lock is not enabled' },
      );
    }
  },
});
