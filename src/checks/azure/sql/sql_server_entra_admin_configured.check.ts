import { SQL } from '../../../providers/azure/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS_DB, fail, onRead, pass } from '../support.js';

export default defineCheck({
  id: 'sql_server_entra_admin_configured',
  scanner: SQL,
  reads: ['servers'],
  resource_type: 'AzureSqlServer',
  title: 'SQL servers have a Microsoft Entra administrator',
  description:
    'A Microsoft Entra administrator is set, so identities and MFA are managed centrally.',
  severity: 'medium',
  risk: 'With SQL authentication alone, passwords spread across servers and escape central rotation, MFA and offboarding.',
  remediation: {
    text: 'Set a Microsoft Entra group as the server’s administrator (and consider Entra-only authentication).',
    cli: 'az sql server ad-admin create --resource-group RG --server SERVER --display-name GROUP --object-id OBJECT_ID',
    url: 'https://learn.microsoft.com/azure/azure-sql/database/authentication-aad-configure',
  },
  compliance: { [CIS_DB]: ['9.5'] },
  *evaluate(snapshot) {
    for (const s of snapshot.servers)
      yield onRead(s.id, `${s.name}'s Entra administrator`, s.entraAdmin, (a) =>
        a.configured
          ? pass(s.id, `${s.name}: Entra administrator ${a.login ?? 'set'}`)
          : fail(s.id, `${s.name}: no Microsoft Entra administrator`),
      );
  },
});
