import { KEYVAULT } from '../../../providers/azure/services/keyvault/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'keyvault_private_endpoints_used',
  scanner: KEYVAULT,
  reads: ['vaults'],
  resource_type: 'AzureKeyVault',
  title: 'Key vaults are reached through private endpoints',
  description: 'The vault has at least one private endpoint connection.',
  severity: 'medium',
  risk: 'Without a private endpoint, secret reads cross public networks.',
  remediation: {
    text: 'Create a private endpoint for the vault.',
    cli: 'az network private-endpoint create --name PE --resource-group RG --vnet-name VNET --subnet SUBNET --private-connection-resource-id VAULT_ID --group-id vault --connection-name PE',
    url: 'https://learn.microsoft.com/azure/key-vault/general/security-features',
  },
  compliance: { [CIS]: ['9.3.8'] },
  *evaluate(snapshot) {
    for (const v of snapshot.vaults)
      yield v.privateEndpointCount > 0
        ? pass(v.id, `${v.name} has ${v.privateEndpointCount} private endpoint(s)`)
        : fail(v.id, `${v.name} has no private endpoint`);
  },
});
