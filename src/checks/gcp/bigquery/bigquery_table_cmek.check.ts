import { BIGQUERY } from '../../../providers/gcp/services/bigquery/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource, unreadResult } from '../support.js';

/** Table types that hold data of their own (views hold a query; external tables live elsewhere). */
const STORED = new Set(['TABLE', 'MATERIALIZED_VIEW', 'SNAPSHOT']);

export default defineCheck({
  id: 'bigquery_table_cmek',
  scanner: BIGQUERY,
  reads: ['project', 'tables'],
  resource_type: 'GcpBigQueryTable',
  title: 'BigQuery tables are encrypted with a customer-managed key',
  description:
    'encryptionConfiguration.kmsKeyName is set on every table, materialized view and snapshot (views and external tables are left out).',
  severity: 'medium',
  risk: 'With Google-managed keys only, the organization cannot revoke access to the table by disabling its own key, nor control the key’s rotation and audit.',
  remediation: {
    text: 'Copy the table onto itself with a Cloud KMS key (and set a default key on its dataset for new tables).',
    cli: 'bq cp -f --destination_kms_key=projects/PROJECT/locations/LOCATION/keyRings/KEY_RING/cryptoKeys/KEY PROJECT:DATASET.TABLE PROJECT:DATASET.TABLE',
    url: 'https://cloud.google.com/bigquery/docs/customer-managed-encryption',
  },
  compliance: { [CIS]: ['7.2'] },
  *evaluate(snapshot) {
    if (snapshot.tables.state !== 'available') {
      yield unreadResult(
        projectResource(snapshot.project),
        `The BigQuery tables of ${snapshot.project}`,
        snapshot.tables,
      );
      return;
    }
    for (const table of snapshot.tables.value) {
      if (!STORED.has(table.type)) continue;
      const where = `${table.dataset}.${table.name}`;
      yield table.kmsKeyName
        ? pass(table.id, `${where} is encrypted with ${table.kmsKeyName}`)
        : fail(table.id, `${where} is encrypted with a Google-managed key`);
    }
  },
});
