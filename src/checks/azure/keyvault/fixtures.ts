import type {
  KeyVault,
  KeyVaultSnapshot,
} from '../../../providers/azure/services/keyvault/model.js';
import { SCOPE, SUBSCRIPTION } from '../testing.js';

export function vault(name: string, overrides: Partial<KeyVault> = {}): KeyVault {
  return {
    id: `${SCOPE}/resourceGroups/rg-kv/providers/Microsoft.KeyVault/vaults/${name}`,
    name,
    location: 'westeurope',
    resourceGroup: 'rg-kv',
    sku: 'standard',
    softDeleteEnabled: true,
    softDeleteRetentionDays: 90,
    purgeProtectionEnabled: true,
    rbacAuthorization: true,
    publicNetworkAccess: 'Disabled',
    networkDefaultAction: 'Deny',
    privateEndpointCount: 1,
    tags: {},
    diagnosticSettings: {
      state: 'available',
      value: [
        {
          id: 'd',
          name: 'to-law',
          workspaceId: 'w',
          enabledCategories: ['AuditEvent'],
          enabledCategoryGroups: [],
        },
      ],
    },
    ...overrides,
  };
}

export const snapshot = (vaults: KeyVault[]): KeyVaultSnapshot => ({
  subscriptionId: SUBSCRIPTION,
  vaults,
});
