import { SQL } from '../../../providers/gcp/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'sql_instance_no_public_ip',
  scanner: SQL,
  reads: ['instances'],
  resource_type: 'GcpSqlInstance',
  title: 'Cloud SQL instances have no public IP',
  description:
    'ipConfiguration.ipv4Enabled is false: the instance is reached over private IP only.',
  severity: 'high',
  risk: 'A public IP puts the database on the internet, where it can be scanned and attacked.',
  remediation: {
    text: 'Configure private IP and turn off the public address.',
    cli: 'gcloud sql instances patch INSTANCE --no-assign-ip',
    url: 'https://cloud.google.com/sql/docs/mysql/configure-private-ip',
  },
  compliance: { [CIS]: ['6.6'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances) {
      yield db.publicIpEnabled
        ? fail(
            db.id,
            `${db.name} has a public IP${db.publicIpAddresses.length ? ` (${db.publicIpAddresses.join(', ')})` : ''}`,
          )
        : pass(db.id, `${db.name} has no public IP`);
    }
  },
});
