import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_sqlserver_external_scripts_off',
  engine: 'sqlserver',
  flag: 'external scripts enabled',
  expected: 'off',
  engineDefault: 'off',
  control: '6.3.1',
  title: 'SQL Server instances disable external scripts',
  severity: 'medium',
  risk: 'External scripts run R or Python code on the server outside SQL Server’s security boundary.',
  url: 'https://cloud.google.com/sql/docs/sqlserver/flags',
});
