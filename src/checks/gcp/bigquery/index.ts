import type { CheckDefinition } from '../../../core/index.js';
import bigquery_dataset_default_cmek from './bigquery_dataset_default_cmek.check.js';
import bigquery_dataset_not_public from './bigquery_dataset_not_public.check.js';
import bigquery_table_cmek from './bigquery_table_cmek.check.js';

/** The BigQuery checks: one line per check. */
export const BIGQUERY_CHECKS: readonly CheckDefinition[] = [
  bigquery_dataset_default_cmek,
  bigquery_dataset_not_public,
  bigquery_table_cmek,
] as CheckDefinition[];
