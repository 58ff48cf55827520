import { BACKUP } from '../../../providers/aws/services/backup/model.js';
import { defineCheck } from '../../define.js';
import { judgeVaults } from './judge.js';

export default defineCheck({
  id: 'backup_vaults_locked',
  scanner: BACKUP,
  reads: ['vaults'],
  resource_type: 'AwsBackupBackupVault',
  title: 'Backup vaults holding recovery points have Vault Lock',
  description:
    'ListBackupVaults Locked: a vault with recovery points and no Vault Lock fails; an empty vault is not judged.',
  severity: 'medium',
  risk: 'Without Vault Lock, anyone with delete permissions (an attacker holding the account, a mistaken script) can delete every recovery point before its retention ends.',
  remediation: {
    text: 'Apply Vault Lock with a minimum retention (governance mode first, compliance mode once tested).',
    cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name NAME --min-retention-days 7',
    console: 'AWS Backup → Backup vaults → <vault> → Vault lock → Create vault lock',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    for (const result of judgeVaults(snapshot, ctx, (v) =>
      v.locked
        ? {
            resource_id: v.arn,
            status: 'PASS',
            reason: `vault ${v.name} is locked${v.minRetentionDays !== undefined ? ` (at least ${v.minRetentionDays} days)` : ''}`,
          }
        : {
            resource_id: v.arn,
            status: v.recoveryPoints > 0 ? 'FAIL' : 'PASS',
            reason:
              v.recoveryPoints > 0
                ? `vault ${v.name} holds ${v.recoveryPoints} recovery points without Vault Lock`
                : `vault ${v.name} is empty`,
          },
    ))
      yield result;
  },
});
