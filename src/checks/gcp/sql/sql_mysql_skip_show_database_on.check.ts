import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_mysql_skip_show_database_on',
  engine: 'mysql',
  flag: 'skip_show_database',
  expected: 'on',
  engineDefault: 'off',
  control: '6.1.2',
  title: 'MySQL instances set skip_show_database to on',
  severity: 'low',
  risk: 'Any user can list every database of the instance and learn what to target.',
  url: 'https://cloud.google.com/sql/docs/mysql/flags',
});
