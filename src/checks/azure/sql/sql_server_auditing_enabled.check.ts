import { SQL } from '../../../providers/azure/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS_DB, fail, onRead, pass } from '../support.js';

export default defineCheck({
  id: 'sql_server_auditing_enabled',
  scanner: SQL,
  reads: ['servers'],
  resource_type: 'AzureSqlServer',
  title: 'SQL servers audit their databases',
  description: 'The server-level auditing setting is Enabled, covering every database on it.',
  severity: 'medium',
  risk: 'Without auditing, logins, permission changes and data access leave no trail to investigate.',
  remediation: {
    text: 'Enable server auditing to a Log Analytics workspace, storage account or Event Hub.',
    cli: 'az sql server audit-policy update --resource-group RG --name SERVER --state Enabled --lat-enabled true --lat-workspace WORKSPACE_ID',
    url: 'https://learn.microsoft.com/azure/azure-sql/database/auditing-overview',
  },
  compliance: { [CIS_DB]: ['9.1'] },
  *evaluate(snapshot) {
    for (const s of snapshot.servers)
      yield onRead(s.id, `${s.name}'s auditing setting`, s.auditing, (a) =>
        a.enabled ? pass(s.id, `${s.name} audits`) : fail(s.id, `${s.name}: auditing Disabled`),
      );
  },
});
