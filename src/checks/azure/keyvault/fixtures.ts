import type {
  KeyVault,
  KeyVaultSnapshot,
  VaultItem,
} from '../../../providers/azure/services/keyvault/model.js';
import { SCOPE, SUBSCRIPTION } from '../testing.js';

/** An enabled, unmanaged key or secret expiring in 2027 (override to take the expiry away). */
export function item(name: string, overrides: Partial<VaultItem> = {}): VaultItem {
  return { name, enabled: true, expires: '2027-01-01T00:00:00.000Z', managed: false, ...overrides };
}

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
    keys: { state: 'available', value: [item('sql-tde')] },
    secrets: { state: 'available', value: [item('db-password')] },
    ...overrides,
  };
}

export const snapshot = (vaults: KeyVault[]): KeyVaultSnapshot => ({
  subscriptionId: SUBSCRIPTION,
  vaults,
});
