import { defineAzureScanner } from '../../define-scanner.js';
import { collectSqlSnapshot, SQL_PERMISSIONS } from './collector.js';
import { extractSqlEvents } from './extract.js';
import { SQL_METRIC } from './metrics.js';

/** Azure SQL: servers' exposure, auditing and encryption; databases' TDE, load and idleness. */
export const sqlScanner = defineAzureScanner({
  service: 'sql',
  title: 'Azure SQL Database',
  metrics: SQL_METRIC.definitions,
  permissions: SQL_PERMISSIONS,
  collect: collectSqlSnapshot,
  extract: extractSqlEvents,
});
