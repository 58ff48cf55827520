import pLimit from 'p-limit';
import type { InventoryQuery } from '../../clients.js';
import type { AzureUnitContext } from '../../define-scanner.js';
import { guardedRead } from '../../read.js';
import { mapDiagnosticSetting } from '../diagnostics.js';
import { mapKeyVault } from './mapper.js';
import type { KeyVaultSnapshot } from './model.js';

export const KEYVAULT_INVENTORY: InventoryQuery = {
  kind: 'keyvault',
  kql: `Resources
| where type in~ ('microsoft.keyvault/vaults')
| project id, name, type, location, resourceGroup, subscriptionId, tags, properties`,
};

export const KEYVAULT_PERMISSIONS = [
  'Microsoft.ResourceGraph/resources/read',
  'Microsoft.KeyVault/vaults/read',
  'Microsoft.Insights/diagnosticSettings/read',
] as const;

/** Vaults from the grouped graph query; their diagnostic settings, one read per vault. */
export async function collectKeyVaultSnapshot(ctx: AzureUnitContext): Promise<KeyVaultSnapshot> {
  const rows = await ctx.clients.inventory(KEYVAULT_INVENTORY, ctx.signal);
  const limit = pLimit(8);
  const vaults = await Promise.all(
    rows.map((row) =>
      limit(async () => {
        const vault = mapKeyVault(row);
        const diagnosticSettings = await guardedRead(
          ctx,
          'Microsoft.Insights/diagnosticSettings/read',
          async () =>
            (await ctx.clients.arm.diagnosticSettings(vault.id, ctx.signal)).map(
              mapDiagnosticSetting,
            ),
        );
        return { ...vault, diagnosticSettings };
      }),
    ),
  );
  return { subscriptionId: ctx.accountId, vaults };
}
