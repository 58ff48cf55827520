import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_mysql_local_infile_off',
  engine: 'mysql',
  flag: 'local_infile',
  expected: 'off',
  engineDefault: 'on',
  control: '6.1.3',
  title: 'MySQL instances set local_infile to off',
  severity: 'medium',
  risk: 'LOAD DATA LOCAL lets a compromised server read files from the client host.',
  url: 'https://cloud.google.com/sql/docs/mysql/flags',
});
