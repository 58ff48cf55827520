import { BIGQUERY } from '../../../providers/gcp/services/bigquery/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export default defineCheck({
  id: 'bigquery_dataset_not_public',
  scanner: BIGQUERY,
  reads: ['datasets'],
  resource_type: 'GcpBigQueryDataset',
  title: 'BigQuery datasets are not anonymously or publicly accessible',
  description:
    'No access entry of the dataset grants a role to allUsers (iamMember) or allAuthenticatedUsers (specialGroup).',
  severity: 'critical',
  risk: 'A public access entry lets anyone on the internet (or any Google account) read, and sometimes change, every table of the dataset.',
  remediation: {
    text: 'Remove the allUsers and allAuthenticatedUsers entries from the dataset’s access (bq show --format=prettyjson, edit the access array, bq update --source).',
    cli: 'bq show --format=prettyjson PROJECT:DATASET > dataset.json && bq update --source dataset.json PROJECT:DATASET',
    url: 'https://cloud.google.com/bigquery/docs/control-access-to-resources-iam',
  },
  compliance: { [CIS]: ['7.1'] },
  *evaluate(snapshot) {
    for (const dataset of snapshot.datasets) {
      if (dataset.details.state !== 'available') {
        yield unreadResult(dataset.id, `The access entries of ${dataset.name}`, dataset.details);
        continue;
      }
      const grants = dataset.details.value.publicGrants;
      yield grants.length > 0
        ? fail(
            dataset.id,
            `${dataset.name} grants ${grants.map((g) => `${g.role} to ${g.member}`).join(', ')}`,
          )
        : pass(dataset.id, `${dataset.name} grants nothing to allUsers or allAuthenticatedUsers`);
    }
  },
});
