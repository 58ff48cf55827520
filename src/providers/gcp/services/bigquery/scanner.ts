import { defineGcpScanner } from '../../define-scanner.js';
import { BIGQUERY_PERMISSIONS, collectBigQuery } from './collector.js';
import { extractBigQuery } from './extract.js';
import { BIGQUERY_METRIC } from './metrics.js';

/** BigQuery datasets and tables of one project: public access entries and customer-managed keys. */
export const bigQueryScanner = defineGcpScanner({
  service: 'bigquery',
  title: 'BigQuery datasets and tables',
  metrics: BIGQUERY_METRIC.definitions,
  permissions: BIGQUERY_PERMISSIONS,
  collect: collectBigQuery,
  extract: extractBigQuery,
});
