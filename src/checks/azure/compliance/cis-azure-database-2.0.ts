import type { Framework } from '../../../core/index.js';

const SQL = '9 Azure SQL Database';

/**
 * CIS Microsoft Azure Database Services Benchmark v2.0.0, section 9 (Azure SQL Database): since
 * v3.0.0 the Foundations Benchmark no longer holds database recommendations and points to this
 * one. Its other sections (Cosmos DB, MySQL, PostgreSQL, Redis, Data Factory…) are not listed: no
 * scanner here reads those services yet. Titles are short paraphrases; the benchmark is published
 * by the Center for Internet Security.
 */
export const CIS_AZURE_DATABASE_2_0: Framework = {
  id: 'cis_azure_database_2.0',
  name: 'CIS Microsoft Azure Database Services Benchmark',
  version: '2.0.0',
  provider: 'azure',
  url: 'https://www.cisecurity.org/benchmark/azure',
  controls: [
    { id: '9.1', section: SQL, automated: true, title: 'Auditing is set to On' },
    { id: '9.2', section: SQL, automated: true, title: 'Public Network Access is Disabled' },
    {
      id: '9.3',
      section: SQL,
      automated: true,
      title: 'No Azure SQL Database firewall rule is overly permissive',
    },
    {
      id: '9.4',
      section: SQL,
      automated: true,
      title: 'The SQL server TDE protector is encrypted with a customer-managed key',
    },
    {
      id: '9.5',
      section: SQL,
      automated: true,
      title: 'Microsoft Entra authentication is configured for SQL servers',
    },
    { id: '9.6', section: SQL, automated: true, title: 'Data encryption is On on a SQL database' },
    {
      id: '9.7',
      section: SQL,
      automated: true,
      title: 'Auditing retention is greater than 90 days',
    },
    { id: '9.8', section: SQL, automated: true, title: 'Minimum TLS version is TLS 1.2 or higher' },
  ],
};
