import { SQL } from '../../../providers/azure/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS_DB, fail, onRead, pass } from '../support.js';

export default defineCheck({
  id: 'sql_server_tde_protector_cmk',
  scanner: SQL,
  reads: ['servers'],
  resource_type: 'AzureSqlServer',
  title: 'SQL server TDE protectors are customer-managed keys',
  description: 'The server’s TDE protector is a Key Vault key (serverKeyType AzureKeyVault).',
  severity: 'low',
  risk: 'With a service-managed protector the organisation cannot revoke, rotate or audit the key that encrypts its databases.',
  remediation: {
    text: 'Add a Key Vault key to the server and make it the TDE protector.',
    cli: 'az sql server tde-key set --resource-group RG --server SERVER --server-key-type AzureKeyVault --kid KEY_ID',
    url: 'https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-byok-overview',
  },
  compliance: { [CIS_DB]: ['9.4'] },
  *evaluate(snapshot) {
    for (const s of snapshot.servers)
      yield onRead(s.id, `${s.name}'s TDE protector`, s.encryptionProtector, (p) =>
        p.serverKeyType === 'AzureKeyVault'
          ? pass(s.id, `${s.name}: TDE protector ${p.keyUri ?? 'in Key Vault'}`)
          : fail(s.id, `${s.name}: TDE protector ${p.serverKeyType}`),
      );
  },
});
