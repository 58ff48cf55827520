import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_sqlserver_cross_db_ownership_chaining_off',
  engine: 'sqlserver',
  flag: 'cross db ownership chaining',
  expected: 'off',
  engineDefault: 'off',
  control: '6.3.2',
  title: 'SQL Server instances disable cross-database ownership chaining',
  severity: 'medium',
  risk: 'Ownership chaining across databases lets a user of one database reach objects of another.',
  url: 'https://cloud.google.com/sql/docs/sqlserver/flags',
});
