import { SQL } from '../../../providers/gcp/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'sql_instance_not_open_to_world',
  scanner: SQL,
  reads: ['instances'],
  resource_type: 'GcpSqlInstance',
  title: 'Cloud SQL instances do not authorize 0.0.0.0/0',
  description: 'No authorized network of the instance is 0.0.0.0/0 (or ::/0).',
  severity: 'critical',
  risk: 'An instance open to every address is reachable by anyone who finds it, one weak password away from a breach.',
  remediation: {
    text: 'Remove 0.0.0.0/0 from the authorized networks; connect through private IP or the Cloud SQL Auth Proxy.',
    cli: 'gcloud sql instances patch INSTANCE --authorized-networks=CIDR',
    url: 'https://cloud.google.com/sql/docs/mysql/configure-ip',
  },
  compliance: { [CIS]: ['6.5'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances) {
      yield db.authorizedNetworks.some((n) => n === '0.0.0.0/0' || n === '::/0')
        ? fail(db.id, `${db.name} authorizes connections from anywhere (0.0.0.0/0)`)
        : pass(db.id, `${db.name} does not authorize the whole internet`);
    }
  },
});
