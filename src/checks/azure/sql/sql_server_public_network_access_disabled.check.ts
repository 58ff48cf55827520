import { SQL } from '../../../providers/azure/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS_DB, fail, pass } from '../support.js';

export default defineCheck({
  id: 'sql_server_public_network_access_disabled',
  scanner: SQL,
  reads: ['servers'],
  resource_type: 'AzureSqlServer',
  title: 'SQL servers refuse public network access',
  description:
    'publicNetworkAccess is Disabled: the server is reached through private endpoints only.',
  severity: 'high',
  risk: 'A public endpoint exposes the server to password spraying and exploits from the whole Internet, held back only by firewall rules.',
  remediation: {
    text: 'Create a private endpoint for the server, then disable public network access.',
    cli: 'az sql server update --resource-group RG --name SERVER --enable-public-network false',
    url: 'https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings',
  },
  compliance: { [CIS_DB]: ['9.2'] },
  *evaluate(snapshot) {
    for (const s of snapshot.servers)
      yield s.publicNetworkAccess === 'Disabled'
        ? pass(s.id, `${s.name}: public network access Disabled`)
        : fail(s.id, `${s.name}: public network access ${s.publicNetworkAccess}`);
  },
});
