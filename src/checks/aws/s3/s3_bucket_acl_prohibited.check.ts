import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { bucketFacetResult } from './common.js';

export default defineCheck({
  id: 's3_bucket_acl_prohibited',
  scanner: S3,
  reads: ['buckets.ownershipControls', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets disable ACLs',
  description: 'Object Ownership is BucketOwnerEnforced, so ACLs neither grant nor deny access.',
  severity: 'medium',
  risk: 'ACLs are a second, hard-to-review permission system that can grant access outside IAM and bucket policies.',
  remediation: {
    text: 'Set Object Ownership to BucketOwnerEnforced after moving any ACL-based access to the bucket policy.',
    cli: 'aws s3api put-bucket-ownership-controls --bucket BUCKET --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
  },
  compliance: { aws_fsbp: ['S3.12'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      yield bucketFacetResult(bucket, snapshot, 'ownershipControls', (o) =>
        o?.objectOwnership === 'BucketOwnerEnforced'
          ? { pass: true, reason: 'ACLs are disabled (BucketOwnerEnforced)' }
          : {
              pass: false,
              reason: `Object Ownership is ${o?.objectOwnership ?? 'not configured'}`,
            },
      );
    }
  },
});
