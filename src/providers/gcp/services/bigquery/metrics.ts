import { defineMetrics } from '../../../../core/index.js';

const M = 'gcp.metadata.bigquery';
const S = 'gcp.security.bigquery';

/** BigQuery facts, on each dataset's and table's full resource name (project-wide errors on the project). */
export const BIGQUERY_METRIC = defineMetrics({
  datasetName: {
    name: `${M}.dataset_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Id of the dataset.',
  },
  datasetLocation: {
    name: `${M}.dataset_location`,
    valueType: 'string',
    description: 'Location of the dataset (EU, US, europe-west1…).',
  },
  datasetLabels: { name: `${M}.dataset_labels`, valueType: 'object', description: 'Labels.' },
  publicMembers: {
    name: `${S}.dataset_public_members`,
    valueType: 'array',
    description:
      'Access entries open to allUsers (iamMember) or allAuthenticatedUsers (specialGroup), as role:member.',
  },
  defaultCmek: {
    name: `${S}.dataset_default_kms_key`,
    valueType: 'string',
    description: 'Cloud KMS key new tables of the dataset are encrypted with by default.',
  },
  datasetError: {
    name: `${M}.dataset_error`,
    valueType: 'string',
    description:
      'Why the dataset’s access entries and encryption could not be read (method: code).',
  },
  tableName: {
    name: `${M}.table_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Id of the table.',
  },
  tableType: {
    name: `${M}.table_type`,
    valueType: 'string',
    description: 'TABLE, VIEW, MATERIALIZED_VIEW, EXTERNAL or SNAPSHOT.',
  },
  tableCmek: {
    name: `${S}.table_kms_key`,
    valueType: 'string',
    description: 'Cloud KMS key the table is encrypted with (absent: Google-managed encryption).',
  },
  tablesError: {
    name: `${M}.tables_error`,
    valueType: 'string',
    description: 'Why the project’s tables could not be listed (method: code).',
  },
});
