import { BACKUP } from '../../../providers/aws/services/backup/model.js';
import { defineCheck } from '../../define.js';
import { judgeVaults } from './judge.js';

export default defineCheck({
  id: 'backup_vaults_encrypted_with_customer_managed_key',
  scanner: BACKUP,
  reads: ['vaults'],
  resource_type: 'AwsBackupBackupVault',
  title: 'Backup vaults are encrypted with a customer managed KMS key',
  description:
    'ListBackupVaults EncryptionKeyType: CUSTOMER_MANAGED_KMS_KEY passes, an AWS owned or managed key fails; a vault whose key type is not reported is MANUAL.',
  severity: 'medium',
  risk: 'With the AWS managed key, who may decrypt the recovery points cannot be limited or audited by a key policy, and the key cannot be shared for cross-account copies.',
  remediation: {
    text: 'Create a new vault encrypted with a customer managed key and point the backup plans to it (a vault’s key cannot be changed).',
    cli: 'aws backup create-backup-vault --backup-vault-name NAME --encryption-key-arn KEY_ARN',
    console: 'AWS Backup → Backup vaults → Create backup vault → Encryption key',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html',
  },
  compliance: {},
  evaluate(snapshot, ctx) {
    return judgeVaults(snapshot, ctx, (v) =>
      v.encryptionKeyType === undefined
        ? {
            resource_id: v.arn,
            status: 'MANUAL',
            reason: `ListBackupVaults did not report the key type of vault ${v.name} (${v.encryptionKeyArn ?? 'no key'})`,
          }
        : v.encryptionKeyType === 'CUSTOMER_MANAGED_KMS_KEY'
          ? {
              resource_id: v.arn,
              status: 'PASS',
              reason: `vault ${v.name} is encrypted with customer managed key ${v.encryptionKeyArn ?? ''}`,
            }
          : {
              resource_id: v.arn,
              status: 'FAIL',
              reason: `vault ${v.name} is encrypted with an AWS key (${v.encryptionKeyType})`,
            },
    );
  },
});
