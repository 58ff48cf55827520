import { SQL } from '../../../providers/gcp/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'sql_instance_automated_backups',
  scanner: SQL,
  reads: ['instances'],
  resource_type: 'GcpSqlInstance',
  title: 'Cloud SQL instances have automated backups',
  description:
    'backupConfiguration.enabled is true (read replicas follow their primary and are not evaluated).',
  severity: 'medium',
  risk: 'Without automated backups, data lost to an error or an attack cannot be restored.',
  remediation: {
    text: 'Turn on automated backups with a daily window.',
    cli: 'gcloud sql instances patch INSTANCE --backup-start-time=HH:MM',
    url: 'https://cloud.google.com/sql/docs/postgres/backup-recovery/backing-up',
  },
  compliance: { [CIS]: ['6.7'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances) {
      if (db.replicaOf) continue;
      yield !db.backupsEnabled
        ? fail(db.id, `${db.name} has automated backups off`)
        : pass(db.id, `${db.name} has automated backups on`);
    }
  },
});
