import pLimit from 'p-limit';
import {
  NOT_COLLECTED,
  type CollectContext,
  type FacetDeclaration,
} from '../../../../core/index.js';
import type { AzureClients, InventoryQuery } from '../../clients.js';
import { trustedVaultUri } from '../../cloud.js';
import { guardedRead, type Read } from '../../read.js';
import { mapDiagnosticSetting } from '../diagnostics.js';
import { mapKeyVault, mapVaultItem } from './mapper.js';
import { KEYVAULT_METRIC as K } from './metrics.js';
import type { KeyVaultSnapshot, VaultItem } from './model.js';

export const KEYVAULT_INVENTORY: InventoryQuery = {
  kind: 'keyvault',
  kql: `Resources
| where type in~ ('microsoft.keyvault/vaults')
| project id, name, type, location, resourceGroup, subscriptionId, tags, properties`,
};

/** The data-plane listings, named by the data actions that allow them. */
export const KEYS_CALL = 'Microsoft.KeyVault/vaults/keys/read';
export const SECRETS_CALL = 'Microsoft.KeyVault/vaults/secrets/readMetadata/action';

/** The calls made whatever the checks: the graph query and each vault's diagnostic settings. */
export const KEYVAULT_PERMISSIONS = [
  'Microsoft.ResourceGraph/resources/read',
  'Microsoft.KeyVault/vaults/read',
  'Microsoft.Insights/diagnosticSettings/read',
] as const;

/**
 * The data-plane listings, each a facet: made only when a check reading it runs (the expiration
 * checks), so the role needs their data actions (DataActions, never Actions) only then.
 */
export const KEYVAULT_FACETS = {
  'vaults.keys': {
    permissions: [KEYS_CALL],
    metrics: [K.keyCount, K.keysWithoutExpiration, K.keysError],
  },
  'vaults.secrets': {
    permissions: [SECRETS_CALL],
    metrics: [K.secretCount, K.secretsWithoutExpiration, K.secretsError],
  },
} as const satisfies Record<string, FacetDeclaration>;

/** The code recorded for a vault whose URI lies outside the configured cloud (never called). */
export const UNTRUSTED_VAULT_URI = 'UntrustedVaultUri';
/** The code recorded for a vault row without a `vaultUri` (nothing to call). */
export const NO_VAULT_URI = 'NoVaultUri';

/**
 * Vaults from the grouped graph query; per vault its diagnostic settings (ARM) and, on its data
 * plane, its keys and secrets' properties (every `nextLink` page; never a value): each only when
 * the scan wants it, and only for a vault URI inside the configured cloud. A refusal (the vault's
 * firewall or private link, no role, no access policy) is that vault's read failure, not the
 * unit's.
 */
export async function collectKeyVaultSnapshot(
  ctx: CollectContext<AzureClients>,
): Promise<KeyVaultSnapshot> {
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
        const uri = vault.vaultUri;
        const trusted = uri !== undefined && trustedVaultUri(ctx.clients.cloud, uri);
        const listing = (
          facet: keyof typeof KEYVAULT_FACETS,
          call: string,
          list: (uri: string, signal?: AbortSignal) => Promise<Record<string, unknown>[]>,
        ): Promise<Read<VaultItem[]>> => {
          const unread = (errorCode: string) =>
            Promise.resolve<Read<VaultItem[]>>({ state: 'error', call, errorCode });
          if (!ctx.wants(facet)) return unread(NOT_COLLECTED);
          if (uri === undefined) return unread(NO_VAULT_URI);
          if (!trusted) return unread(UNTRUSTED_VAULT_URI);
          return guardedRead(ctx, call, async () =>
            (await list(uri, ctx.signal)).map(mapVaultItem),
          );
        };
        const [keys, secrets] = await Promise.all([
          listing('vaults.keys', KEYS_CALL, ctx.clients.vault.keys),
          listing('vaults.secrets', SECRETS_CALL, ctx.clients.vault.secrets),
        ]);
        if (
          uri !== undefined &&
          !trusted &&
          (ctx.wants('vaults.keys') || ctx.wants('vaults.secrets'))
        )
          ctx.log.warn({ vault: vault.id }, 'vault URI outside the configured cloud: not called');
        return { ...vault, diagnosticSettings, keys, secrets };
      }),
    ),
  );
  return { subscriptionId: ctx.accountId, vaults };
}
