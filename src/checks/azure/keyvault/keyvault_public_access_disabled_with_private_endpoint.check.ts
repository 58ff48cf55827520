import { KEYVAULT } from '../../../providers/azure/services/keyvault/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'keyvault_public_access_disabled_with_private_endpoint',
  scanner: KEYVAULT,
  reads: ['vaults'],
  resource_type: 'AzureKeyVault',
  title: 'Key vaults with a private endpoint disable public network access',
  description: 'For vaults with a private endpoint, publicNetworkAccess is Disabled.',
  severity: 'medium',
  risk: 'A private endpoint protects nothing while the public endpoint stays open beside it.',
  remediation: {
    text: 'Disable public network access on the vault.',
    cli: 'az keyvault update --name VAULT --public-network-access Disabled',
    url: 'https://learn.microsoft.com/azure/key-vault/general/private-link-service',
  },
  compliance: { [CIS]: ['9.3.7'] },
  *evaluate(snapshot) {
    for (const v of snapshot.vaults) {
      if (v.privateEndpointCount === 0) continue;
      yield v.publicNetworkAccess === 'Disabled'
        ? pass(v.id, `${v.name} is reachable only through its private endpoint`)
        : fail(
            v.id,
            `${v.name} has a private endpoint but public network access ${v.publicNetworkAccess}`,
          );
    }
  },
});
