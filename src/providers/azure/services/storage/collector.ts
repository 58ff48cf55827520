import pLimit from 'p-limit';
import type { InventoryQuery } from '../../clients.js';
import type { AzureUnitContext } from '../../define-scanner.js';
import { guardedRead } from '../../read.js';
import { mapBlobService, mapStorageAccount } from './mapper.js';
import type { StorageSnapshot } from './model.js';

export const STORAGE_INVENTORY: InventoryQuery = {
  kind: 'storage',
  kql: `Resources
| where type in~ ('microsoft.storage/storageaccounts')
| project id, name, type, kind, location, resourceGroup, subscriptionId, tags, sku, properties`,
};

export const STORAGE_PERMISSIONS = [
  'Microsoft.ResourceGraph/resources/read',
  'Microsoft.Storage/storageAccounts/read',
  'Microsoft.Storage/storageAccounts/blobServices/read',
] as const;

/** Detail reads in flight per unit. */
const DETAIL_CONCURRENCY = 8;

/** Accounts from the grouped graph query; one blob-service read per account (the graph lacks it). */
export async function collectStorageSnapshot(ctx: AzureUnitContext): Promise<StorageSnapshot> {
  const rows = await ctx.clients.inventory(STORAGE_INVENTORY, ctx.signal);
  const limit = pLimit(DETAIL_CONCURRENCY);
  const accounts = await Promise.all(
    rows.map((row) =>
      limit(async () => {
        const account = mapStorageAccount(row);
        const blobService = await guardedRead(
          ctx,
          'Microsoft.Storage/storageAccounts/blobServices/read',
          async () =>
            mapBlobService(
              await ctx.clients.arm.blobServiceProperties(
                account.resourceGroup,
                account.name,
                ctx.signal,
              ),
            ),
        );
        return { ...account, blobService };
      }),
    ),
  );
  return { subscriptionId: ctx.accountId, accounts };
}
