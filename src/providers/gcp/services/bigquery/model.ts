/** One project's BigQuery datasets and tables in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read } from '../../read.js';

/** An access entry open to everyone: `iamMember: allUsers` or `specialGroup: allAuthenticatedUsers`. */
export interface DatasetPublicGrant {
  /** As the API returns it: READER, WRITER, OWNER or a role name. */
  role: string;
  /** allUsers or allAuthenticatedUsers */
  member: string;
}

/** What datasets.get adds to a listed dataset. */
export interface DatasetDetails {
  publicGrants: DatasetPublicGrant[];
  /** defaultEncryptionConfiguration.kmsKeyName: the CMEK new tables get (absent: Google-managed). */
  defaultKmsKeyName?: string;
}

export interface BigQueryDataset {
  /** `//bigquery.googleapis.com/projects/P/datasets/D` */
  id: string;
  /** The dataset id (D). */
  name: string;
  location: string;
  labels: Record<string, string>;
  /** The access entries and default encryption, or why datasets.get could not read them. */
  details: Read<DatasetDetails>;
}

export interface BigQueryTable {
  /** `//bigquery.googleapis.com/projects/P/datasets/D/tables/T` */
  id: string;
  name: string;
  dataset: string;
  /** TABLE, VIEW, MATERIALIZED_VIEW, EXTERNAL, SNAPSHOT */
  type: string;
  /** encryptionConfiguration.kmsKeyName (absent: Google-managed encryption). */
  kmsKeyName?: string;
}

export interface BigQuerySnapshot {
  project: string;
  datasets: BigQueryDataset[];
  /** Every table of the project from one Cloud Asset listing, or why it could not be read. */
  tables: Read<BigQueryTable[]>;
}

/** The BigQuery scanner, as its checks name it. */
export const BIGQUERY = scannerRef<BigQuerySnapshot>('gcp', 'bigquery');
