import type {
  BigQueryDataset,
  BigQuerySnapshot,
  BigQueryTable,
} from '../../../providers/gcp/services/bigquery/model.js';
import { PROJECT } from '../testing.js';

export const KEY = `projects/${PROJECT}/locations/eu/keyRings/bigquery/cryptoKeys/analytics`;

export function dataset(name: string, overrides: Partial<BigQueryDataset> = {}): BigQueryDataset {
  return {
    id: `//bigquery.googleapis.com/projects/${PROJECT}/datasets/${name}`,
    name,
    location: 'EU',
    labels: {},
    details: { state: 'available', value: { publicGrants: [], defaultKmsKeyName: KEY } },
    ...overrides,
  };
}

export function table(
  datasetName: string,
  name: string,
  overrides: Partial<BigQueryTable> = {},
): BigQueryTable {
  return {
    id: `//bigquery.googleapis.com/projects/${PROJECT}/datasets/${datasetName}/tables/${name}`,
    name,
    dataset: datasetName,
    type: 'TABLE',
    kmsKeyName: KEY,
    ...overrides,
  };
}

export const snapshot = (
  datasets: BigQueryDataset[],
  tables: BigQuerySnapshot['tables'] = { state: 'available', value: [] },
): BigQuerySnapshot => ({ project: PROJECT, datasets, tables });
