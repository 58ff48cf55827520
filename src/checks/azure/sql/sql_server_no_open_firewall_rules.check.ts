import { SQL, openRuleKind } from '../../../providers/azure/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS_DB, fail, onRead, pass } from '../support.js';

const WHY = {
  internet: 'starts at 0.0.0.0',
  azure: 'lets in every Azure address (Allow Azure services)',
  wide: 'spans more than a /8',
} as const;

export default defineCheck({
  id: 'sql_server_no_open_firewall_rules',
  scanner: SQL,
  reads: ['servers'],
  resource_type: 'AzureSqlServer',
  title: 'No SQL server firewall rule is overly permissive',
  description:
    'No server-level rule admits 0.0.0.0–255.255.255.255 (any rule starting at 0.0.0.0), every Azure address (AllowAllWindowsAzureIps) or a range wider than a /8. Moot when public network access is Disabled.',
  severity: 'high',
  risk: 'Such a rule puts the server’s login prompt in front of the Internet, or of every tenant’s workloads in Azure.',
  remediation: {
    text: 'Delete the rule and allow only the known addresses of clients; prefer private endpoints.',
    cli: 'az sql server firewall-rule delete --resource-group RG --server SERVER --name RULE',
    url: 'https://learn.microsoft.com/azure/azure-sql/database/firewall-configure',
  },
  compliance: { [CIS_DB]: ['9.3'] },
  *evaluate(snapshot) {
    for (const s of snapshot.servers) {
      if (s.publicNetworkAccess === 'Disabled') {
        yield pass(s.id, `${s.name}: public network access Disabled, firewall rules do not apply`);
        continue;
      }
      yield onRead(s.id, `${s.name}'s firewall rules`, s.firewallRules, (rules) => {
        const open = rules
          .map((r) => ({ r, kind: openRuleKind(r) }))
          .filter((x): x is { r: (typeof rules)[number]; kind: keyof typeof WHY } => !!x.kind);
        return open.length === 0
          ? pass(s.id, `${s.name}: ${rules.length} firewall rule(s), none overly permissive`)
          : fail(
              s.id,
              `${s.name}: ${open.map(({ r, kind }) => `${r.name} (${r.startIpAddress}–${r.endIpAddress}) ${WHY[kind]}`).join('; ')}`,
            );
      });
    }
  },
});
