import { KEYVAULT } from '../../../providers/azure/services/keyvault/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'keyvault_rbac_enabled',
  scanner: KEYVAULT,
  reads: ['vaults'],
  resource_type: 'AzureKeyVault',
  title: 'Key vaults use Azure RBAC for data-plane access',
  description: 'enableRbacAuthorization is true (access policies are not used).',
  severity: 'medium',
  risk: 'Access policies grant whole permission sets vault-wide and sit outside the RBAC review and PIM processes.',
  remediation: {
    text: "Migrate the vault's access policies to role assignments, then switch its permission model to Azure RBAC.",
    cli: 'az keyvault update --name VAULT --enable-rbac-authorization true',
    url: 'https://learn.microsoft.com/azure/key-vault/general/security-features',
  },
  compliance: { [CIS]: ['9.3.6'] },
  *evaluate(snapshot) {
    for (const v of snapshot.vaults)
      yield v.rbacAuthorization
        ? pass(v.id, `${v.name} uses Azure RBAC`)
        : fail(v.id, `${v.name} uses access policies`);
  },
});
