import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_sqlserver_remote_access_off',
  engine: 'sqlserver',
  flag: 'remote access',
  expected: 'off',
  engineDefault: 'on',
  control: '6.3.5',
  title: 'SQL Server instances disable remote access',
  severity: 'medium',
  risk: 'Remote access lets stored procedures run on remote servers, an avenue for denial of service and lateral movement.',
  url: 'https://cloud.google.com/sql/docs/sqlserver/flags',
});
