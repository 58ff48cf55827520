import { CLOUDTRAIL } from '../../../providers/aws/services/cloudtrail/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'cloudtrail_kms_encryption_enabled',
  scanner: CLOUDTRAIL,
  reads: ['trails'],
  resource_type: 'AwsCloudTrailTrail',
  title: 'CloudTrail log files are encrypted with a KMS key',
  description:
    'Reads the KmsKeyId of every trail: SSE-KMS instead of the default SSE-S3 encryption.',
  severity: 'medium',
  risk: 'With SSE-S3 only, anyone who can read the bucket reads the logs; a KMS key adds a second, separately audited permission (kms:Decrypt).',
  remediation: {
    text: 'Give the trail a customer-managed KMS key whose policy lets CloudTrail encrypt and your auditors decrypt.',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn-or-alias>',
    console:
      'CloudTrail → Trails → <trail> → General details → Edit → Log file SSE-KMS encryption: Enabled',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  },
  compliance: { 'cis_aws_7.0': ['4.5'], aws_fsbp: ['CloudTrail.2'] },
  *evaluate(snapshot) {
    // Each trail is judged once, from its home region.
    for (const trail of snapshot.trails) {
      yield trail.kmsKeyId !== undefined
        ? {
            resource_id: trail.arn,
            status: 'PASS',
            reason: `trail ${trail.name}: encrypted with ${trail.kmsKeyId}`,
          }
        : {
            resource_id: trail.arn,
            status: 'FAIL',
            reason: `trail ${trail.name}: KmsKeyId is not set (SSE-S3 only)`,
          };
    }
  },
});
