import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { bucketFacetResult } from './common.js';

export default defineCheck({
  id: 's3_bucket_server_access_logging_enabled',
  scanner: S3,
  reads: ['buckets.logging', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets have server access logging enabled',
  description: 'GetBucketLogging returns a target bucket.',
  severity: 'medium',
  risk: 'Without access logs there is no record of who read or changed the data, for investigations or audits.',
  remediation: {
    text: 'Enable server access logging to a dedicated log bucket.',
    cli: 'aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status file://logging.json',
  },
  compliance: { aws_fsbp: ['S3.9'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      yield bucketFacetResult(bucket, snapshot, 'logging', (l) =>
        l
          ? { pass: true, reason: `access logs go to ${l.targetBucket}` }
          : { pass: false, reason: 'server access logging is off' },
      );
    }
  },
});
