import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { bucketFacetResult } from './common.js';

export default defineCheck({
  id: 's3_bucket_no_mfa_delete',
  scanner: S3,
  reads: ['buckets.versioning', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets have MFA delete enabled',
  description: 'GetBucketVersioning reports MFADelete Enabled.',
  severity: 'medium',
  risk: 'Without MFA delete, stolen credentials are enough to remove object versions or suspend versioning.',
  remediation: {
    text: 'As the root user with its MFA device, enable versioning with MFA delete.',
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::ACCOUNT_ID:mfa/root-account-mfa-device CODE"',
  },
  compliance: { 'cis_aws_7.0': ['3.1.2'], aws_fsbp: ['S3.20'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      yield bucketFacetResult(bucket, snapshot, 'versioning', (v) =>
        v?.mfaDelete === 'Enabled'
          ? { pass: true, reason: 'MFA delete is enabled' }
          : { pass: false, reason: `MFA delete is ${v?.mfaDelete ?? 'not configured'}` },
      );
    }
  },
});
