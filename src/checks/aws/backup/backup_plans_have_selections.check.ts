import { BACKUP } from '../../../providers/aws/services/backup/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'backup_plans_have_selections',
  scanner: BACKUP,
  reads: ['plans'],
  resource_type: 'AwsBackupBackupPlan',
  title: 'Backup plans assign resources',
  description:
    'ListBackupSelections per plan: a plan without any resource assignment backs up nothing and fails.',
  severity: 'medium',
  risk: 'A plan that selects nothing looks like protection in the console while no resource is backed up.',
  remediation: {
    text: 'Assign resources to the plan, by tags (e.g. backup=daily) or by resource ARN, or delete it.',
    cli: 'aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection file://selection.json',
    console: 'AWS Backup → Backup plans → <plan> → Resource assignments → Assign resources',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const p of snapshot.plans) {
      if (p.selections.state !== 'available') {
        yield unreadable(p.arn, `the selections of plan ${p.name}`, p.selections);
        continue;
      }
      const n = p.selections.value.length;
      yield n > 0
        ? {
            resource_id: p.arn,
            status: 'PASS',
            reason: `plan ${p.name} has ${n} resource assignment(s)`,
          }
        : { resource_id: p.arn, status: 'FAIL', reason: `plan ${p.name} assigns no resource` };
    }
  },
});
