import { BIGQUERY } from '../../../providers/gcp/services/bigquery/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export default defineCheck({
  id: 'bigquery_dataset_default_cmek',
  scanner: BIGQUERY,
  reads: ['datasets'],
  resource_type: 'GcpBigQueryDataset',
  title: 'BigQuery datasets have a default customer-managed encryption key',
  description:
    'defaultEncryptionConfiguration.kmsKeyName is set: new tables of the dataset are encrypted with a Cloud KMS key.',
  severity: 'medium',
  risk: 'With Google-managed keys only, the organization cannot revoke access to the data by disabling its own key, nor control the key’s rotation and audit.',
  remediation: {
    text: 'Set a default Cloud KMS key on the dataset (tables created before keep their key: copy them to re-encrypt).',
    cli: 'bq update --default_kms_key=projects/PROJECT/locations/LOCATION/keyRings/KEY_RING/cryptoKeys/KEY PROJECT:DATASET',
    url: 'https://cloud.google.com/bigquery/docs/customer-managed-encryption',
  },
  compliance: { [CIS]: ['7.3'] },
  *evaluate(snapshot) {
    for (const dataset of snapshot.datasets) {
      if (dataset.details.state !== 'available') {
        yield unreadResult(
          dataset.id,
          `The default encryption of ${dataset.name}`,
          dataset.details,
        );
        continue;
      }
      const key = dataset.details.value.defaultKmsKeyName;
      yield key
        ? pass(dataset.id, `${dataset.name} encrypts new tables with ${key}`)
        : fail(dataset.id, `${dataset.name} has no default customer-managed key`);
    }
  },
});
