import { BACKUP, STALE_BACKUP_DAYS } from '../../../providers/aws/services/backup/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

const DAY_MS = 86_400_000;

export default defineCheck({
  id: 'backup_protected_resources_backed_up_recently',
  scanner: BACKUP,
  reads: ['protectedResources'],
  resource_type: 'AwsBackupProtectedResource',
  title: `Resources protected by AWS Backup were backed up in the last ${STALE_BACKUP_DAYS} days`,
  description: `ListProtectedResources LastBackupTime: a resource whose last backup is more than ${STALE_BACKUP_DAYS} days old fails (its plan stopped selecting it, or its jobs fail).`,
  severity: 'medium',
  risk: 'A restore would lose everything written since the last backup; a resource that silently dropped out of its plan is discovered only when it is needed.',
  remediation: {
    text: 'Check the resource’s backup jobs and that a plan still selects it (tags, ARN), or delete its recovery points if it is retired.',
    cli: 'aws backup list-backup-jobs --by-resource-arn RESOURCE_ARN',
    console: 'AWS Backup → Protected resources → <resource>',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/monitoring.html',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    const read = snapshot.protectedResources;
    if (read.state !== 'available') {
      yield unreadable(regionScope('backup', ctx), 'the protected resources', read);
      return;
    }
    for (const r of read.value) {
      const at = r.lastBackupAt ? Date.parse(r.lastBackupAt) : Number.NaN;
      const days = Math.floor((ctx.now.getTime() - at) / DAY_MS);
      yield Number.isNaN(days)
        ? {
            resource_id: r.arn,
            status: 'FAIL',
            reason: `${r.type} ${r.name ?? r.arn} has no recorded backup`,
          }
        : days > STALE_BACKUP_DAYS
          ? {
              resource_id: r.arn,
              status: 'FAIL',
              reason: `${r.type} ${r.name ?? r.arn} was last backed up ${days} days ago`,
            }
          : {
              resource_id: r.arn,
              status: 'PASS',
              reason: `${r.type} ${r.name ?? r.arn} was backed up ${days} day(s) ago`,
            };
    }
  },
});
