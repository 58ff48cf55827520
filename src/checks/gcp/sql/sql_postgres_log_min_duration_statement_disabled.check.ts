import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_postgres_log_min_duration_statement_disabled',
  engine: 'postgres',
  flag: 'log_min_duration_statement',
  expected: '-1',
  engineDefault: '-1',
  control: '6.2.7',
  title: 'PostgreSQL instances do not log statements by duration',
  severity: 'low',
  risk: 'Logging statements by duration writes their text, parameters and all, to the logs: sensitive data leaks there.',
  url: 'https://cloud.google.com/sql/docs/postgres/flags',
});
