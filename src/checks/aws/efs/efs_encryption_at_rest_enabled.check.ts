import { EFS } from '../../../providers/aws/services/efs/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'efs_encryption_at_rest_enabled',
  scanner: EFS,
  reads: ['fileSystems'],
  resource_type: 'AwsEfsFileSystem',
  title: 'EFS file systems are encrypted at rest',
  description: 'Encrypted is true for the file system; its KMS key is named in the reason.',
  severity: 'medium',
  risk: 'Files, metadata and backups of an unencrypted file system can be read by whoever obtains the underlying storage.',
  remediation: {
    text: 'Encryption at rest can only be chosen at creation: create an encrypted file system, copy the data over (for example with AWS DataSync) and delete the old one.',
    cli: 'aws efs create-file-system --encrypted --kms-key-id KEY_ID --creation-token TOKEN',
    console: 'EFS → Create file system → Customize → Enable encryption of data at rest',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
  },
  compliance: { 'cis_aws_7.0': ['3.3.1'], aws_fsbp: ['EFS.1'] },
  *evaluate(snapshot) {
    for (const fs of snapshot.fileSystems) {
      const label = fs.name ? `${fs.id} (${fs.name})` : fs.id;
      yield fs.encrypted
        ? {
            resource_id: fs.arn,
            status: 'PASS',
            reason: `${label} is encrypted at rest${fs.kmsKeyId ? ` with ${fs.kmsKeyId}` : ''}`,
          }
        : { resource_id: fs.arn, status: 'FAIL', reason: `${label} is not encrypted at rest` };
    }
  },
});
