import { defineGcpScanner } from '../../define-scanner.js';
import { collectSqlSnapshot, SQL_PERMISSIONS } from './collector.js';
import { extractSqlEvents } from './extract.js';
import { SQL_METRIC } from './metrics.js';

/** Cloud SQL instances of one project: exposure, TLS, backups, flags and their use. */
export const sqlScanner = defineGcpScanner({
  service: 'sql',
  title: 'Cloud SQL instances',
  metrics: SQL_METRIC.definitions,
  permissions: SQL_PERMISSIONS,
  collect: collectSqlSnapshot,
  extract: extractSqlEvents,
});
