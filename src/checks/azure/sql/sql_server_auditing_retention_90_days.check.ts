import { SQL } from '../../../providers/azure/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS_DB, fail, onRead, pass } from '../support.js';

export default defineCheck({
  id: 'sql_server_auditing_retention_90_days',
  scanner: SQL,
  reads: ['servers'],
  resource_type: 'AzureSqlServer',
  title: 'SQL server audit logs are kept more than 90 days',
  description:
    'Auditing is on and its retention is 0 (unlimited) or more than 90 days. A server that does not audit fails.',
  severity: 'low',
  risk: 'Intrusions are often found months later; audit records deleted after a few weeks cannot show what happened.',
  remediation: {
    text: 'Set the server auditing retention above 90 days (or 0 for unlimited).',
    cli: 'az sql server audit-policy update --resource-group RG --name SERVER --state Enabled --retention-days 180',
    url: 'https://learn.microsoft.com/azure/azure-sql/database/auditing-overview',
  },
  compliance: { [CIS_DB]: ['9.7'] },
  *evaluate(snapshot) {
    for (const s of snapshot.servers)
      yield onRead(s.id, `${s.name}'s auditing setting`, s.auditing, (a) => {
        if (!a.enabled) return fail(s.id, `${s.name}: auditing Disabled, nothing is retained`);
        return a.retentionDays === 0 || a.retentionDays > 90
          ? pass(
              s.id,
              `${s.name}: audit retention ${a.retentionDays === 0 ? 'unlimited' : `${a.retentionDays} days`}`,
            )
          : fail(s.id, `${s.name}: audit retention ${a.retentionDays} days`);
      });
  },
});
