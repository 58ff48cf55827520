import type {
  StorageAccount,
  StorageSnapshot,
} from '../../../providers/azure/services/storage/model.js';
import { SCOPE, SUBSCRIPTION } from '../testing.js';

/** A storage account that follows every recommendation; tests override what they exercise. */
export function account(name: string, overrides: Partial<StorageAccount> = {}): StorageAccount {
  return {
    id: `${SCOPE}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/${name}`,
    name,
    location: 'westeurope',
    resourceGroup: 'rg-data',
    kind: 'StorageV2',
    sku: 'Standard_GZRS',
    replication: 'GZRS',
    httpsOnly: true,
    minimumTlsVersion: 'TLS1_2',
    allowBlobPublicAccess: false,
    allowSharedKeyAccess: false,
    publicNetworkAccess: 'Disabled',
    networkDefaultAction: 'Deny',
    networkBypass: ['AzureServices'],
    allowCrossTenantReplication: false,
    privateEndpointCount: 1,
    defaultToOAuthAuthentication: true,
    encryptionKeySource: 'Microsoft.Storage',
    production: false,
    tags: {},
    blobService: {
      state: 'available',
      value: {
        blobSoftDeleteEnabled: true,
        blobSoftDeleteDays: 7,
        containerSoftDeleteEnabled: true,
        containerSoftDeleteDays: 7,
        versioningEnabled: true,
      },
    },
    ...overrides,
  };
}

export const snapshot = (accounts: StorageAccount[]): StorageSnapshot => ({
  subscriptionId: SUBSCRIPTION,
  accounts,
});
