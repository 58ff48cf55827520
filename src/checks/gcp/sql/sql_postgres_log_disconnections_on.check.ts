import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_postgres_log_disconnections_on',
  engine: 'postgres',
  flag: 'log_disconnections',
  expected: 'on',
  engineDefault: 'off',
  control: '6.2.3',
  title: 'PostgreSQL instances log disconnections',
  severity: 'low',
  risk: 'Without disconnection logs, session durations cannot be reconstructed in an investigation.',
  url: 'https://cloud.google.com/sql/docs/postgres/flags',
});
