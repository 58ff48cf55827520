import { flagCheck } from './flags.js';

export default flagCheck({
  id: 'sql_postgres_pgaudit_enabled',
  engine: 'postgres',
  flag: 'cloudsql.enable_pgaudit',
  expected: 'on',
  engineDefault: 'off',
  control: '6.2.8',
  title: 'PostgreSQL instances enable pgAudit',
  severity: 'medium',
  risk: 'Without pgAudit, database activity is not recorded in the audit logs for central review.',
  url: 'https://cloud.google.com/sql/docs/postgres/pg-audit',
});
