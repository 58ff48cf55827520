import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_sqlserver_contained_db_auth_off',
  engine: 'sqlserver',
  flag: 'contained database authentication',
  expected: 'off',
  engineDefault: 'off',
  control: '6.3.7',
  title: 'SQL Server instances disable contained database authentication',
  severity: 'medium',
  risk: 'Contained database users authenticate at the database level, out of reach of the server’s login policies.',
  url: 'https://cloud.google.com/sql/docs/sqlserver/flags',
});
