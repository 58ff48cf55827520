import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_postgres_log_connections_on',
  engine: 'postgres',
  flag: 'log_connections',
  expected: 'on',
  engineDefault: 'off',
  control: '6.2.2',
  title: 'PostgreSQL instances log connections',
  severity: 'low',
  risk: 'Without connection logs, unexpected or malicious access attempts leave no trace.',
  url: 'https://cloud.google.com/sql/docs/postgres/flags',
});
