import { RDS } from '../../../providers/aws/services/rds/model.js';
import { checkConfig } from '../../config.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_instance_backup_enabled',
  scanner: RDS,
  reads: ['clusters', 'instances'],
  resource_type: 'AwsRdsDbInstance',
  title: 'RDS databases keep automated backups',
  description:
    'Automated backups are kept for at least min_backup_retention_days (default 7) on each DB cluster and on each DB instance outside a cluster.',
  severity: 'medium',
  risk: 'Without automated backups there is no point-in-time recovery after corruption, deletion or ransomware.',
  remediation: {
    text: 'Set the backup retention period to at least 7 days.',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --backup-retention-period 7 --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  },
  compliance: { aws_fsbp: ['RDS.11'] },
  *evaluate(snapshot, ctx) {
    const minimum = checkConfig(ctx.options).min_backup_retention_days;
    const databases = [
      ...snapshot.instances.filter((db) => db.clusterId === undefined),
      ...snapshot.clusters,
    ];
    for (const db of databases) {
      const days = db.backupRetentionDays;
      yield days >= minimum
        ? { resource_id: db.arn, status: 'PASS', reason: `${db.id} keeps backups for ${days} days` }
        : {
            resource_id: db.arn,
            status: 'FAIL',
            reason:
              days === 0
                ? `${db.id} has automated backups off`
                : `${db.id} keeps backups for ${days} days, below ${minimum}`,
          };
    }
  },
});
