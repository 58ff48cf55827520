import { BACKUP } from '../../../providers/aws/services/backup/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';
import { judgeVaults } from './judge.js';

export default defineCheck({
  id: 'backup_vaults_not_publicly_accessible',
  scanner: BACKUP,
  reads: ['vaults'],
  resource_type: 'AwsBackupBackupVault',
  title: 'Backup vault access policies do not let anyone in',
  description:
    'GetBackupVaultAccessPolicy: an Allow of backup actions to principal "*" without a condition narrowing the caller fails. A vault without an access policy passes.',
  severity: 'critical',
  risk: 'Anyone with an AWS account could copy recovery points out of (or into) the vault or delete them: the backups are the last line against ransomware.',
  remediation: {
    text: 'Name the accounts or organization that need the vault (aws:PrincipalOrgID), or delete the statement.',
    cli: 'aws backup put-backup-vault-access-policy --backup-vault-name NAME --policy file://policy.json',
    console: 'AWS Backup → Backup vaults → <vault> → Access policy → Edit',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html',
  },
  compliance: {},
  evaluate(snapshot, ctx) {
    return judgeVaults(snapshot, ctx, (v) => {
      if (v.policy.state === 'absent')
        return {
          resource_id: v.arn,
          status: 'PASS',
          reason: `vault ${v.name} has no access policy`,
        };
      if (v.policy.state !== 'available')
        return unreadable(v.arn, `the access policy of vault ${v.name}`, v.policy);
      const open = v.policy.value.publicStatements;
      return open.length > 0
        ? {
            resource_id: v.arn,
            status: 'FAIL',
            reason: `vault ${v.name}'s access policy lets anyone call ${v.policy.value.publicActions.join(', ')} (statement ${open.join(', ')})`,
          }
        : {
            resource_id: v.arn,
            status: 'PASS',
            reason: `vault ${v.name}'s access policy lets no one in without a narrowing condition`,
          };
    });
  },
});
