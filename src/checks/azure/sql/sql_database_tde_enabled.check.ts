import { SQL } from '../../../providers/azure/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS_DB, fail, onRead, pass } from '../support.js';

export default defineCheck({
  id: 'sql_database_tde_enabled',
  scanner: SQL,
  reads: ['databases'],
  resource_type: 'AzureSqlDatabase',
  title: 'SQL databases have transparent data encryption on',
  description: 'Transparent data encryption (TDE) is Enabled on every user database.',
  severity: 'high',
  risk: 'Without TDE, data files, backups and logs are readable by whoever gets hold of them.',
  remediation: {
    text: 'Turn transparent data encryption on for the database.',
    cli: 'az sql db tde set --resource-group RG --server SERVER --database DB --status Enabled',
    url: 'https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview',
  },
  compliance: { [CIS_DB]: ['9.6'] },
  *evaluate(snapshot) {
    for (const d of snapshot.databases)
      yield onRead(d.id, `${d.serverName}/${d.name}'s TDE state`, d.tde, (t) =>
        t.enabled
          ? pass(d.id, `${d.serverName}/${d.name}: TDE Enabled`)
          : fail(d.id, `${d.serverName}/${d.name}: TDE Disabled`),
      );
  },
});
