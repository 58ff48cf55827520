import { SQL } from '../../../providers/gcp/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'sql_instance_ssl_required',
  scanner: SQL,
  reads: ['instances'],
  resource_type: 'GcpSqlInstance',
  title: 'Cloud SQL instances accept encrypted connections only',
  description: 'sslMode is ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED.',
  severity: 'high',
  risk: 'Unencrypted connections expose credentials and query results to anyone on the network path.',
  remediation: {
    text: 'Require SSL/TLS for every connection.',
    cli: 'gcloud sql instances patch INSTANCE --ssl-mode=ENCRYPTED_ONLY',
    url: 'https://cloud.google.com/sql/docs/postgres/configure-ssl-instance',
  },
  compliance: { [CIS]: ['6.4'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances) {
      yield db.sslMode === 'ALLOW_UNENCRYPTED_AND_ENCRYPTED'
        ? fail(db.id, `${db.name} accepts unencrypted connections`)
        : pass(db.id, `${db.name} requires encrypted connections (${db.sslMode})`);
    }
  },
});
