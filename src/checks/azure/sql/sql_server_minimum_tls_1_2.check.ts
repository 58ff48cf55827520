import { SQL } from '../../../providers/azure/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS_DB, fail, pass } from '../support.js';

export default defineCheck({
  id: 'sql_server_minimum_tls_1_2',
  scanner: SQL,
  reads: ['servers'],
  resource_type: 'AzureSqlServer',
  title: 'SQL servers accept TLS 1.2 or higher only',
  description: 'minimalTlsVersion is 1.2 or 1.3 (None accepts every version).',
  severity: 'medium',
  risk: 'TLS 1.0 and 1.1 have known weaknesses; a client may be downgraded to them.',
  remediation: {
    text: 'Set the server’s minimal TLS version to 1.2.',
    cli: 'az sql server update --resource-group RG --name SERVER --minimal-tls-version 1.2',
    url: 'https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version',
  },
  compliance: { [CIS_DB]: ['9.8'] },
  *evaluate(snapshot) {
    for (const s of snapshot.servers)
      yield ['1.2', '1.3'].includes(s.minimalTlsVersion)
        ? pass(s.id, `${s.name}: minimal TLS ${s.minimalTlsVersion}`)
        : fail(s.id, `${s.name}: minimal TLS ${s.minimalTlsVersion}`);
  },
});
