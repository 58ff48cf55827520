import type { GraphRow } from '../../graph.js';
import { arr, base, bool, num, obj, str } from '../rows.js';
import type { KeyVault, VaultItem } from './model.js';

export function mapKeyVault(
  row: GraphRow,
): Omit<KeyVault, 'diagnosticSettings' | 'keys' | 'secrets'> {
  const b = base(row);
  const p = obj(row.properties);
  const retention = num(p.softDeleteRetentionInDays);
  const vaultUri = str(p.vaultUri);
  return {
    ...b,
    sku: str(obj(p.sku).name) ?? 'standard',
    // Soft delete is on for every vault since 2020 unless the property says otherwise.
    softDeleteEnabled: bool(p.enableSoftDelete) ?? true,
    ...(retention !== undefined ? { softDeleteRetentionDays: retention } : {}),
    purgeProtectionEnabled: bool(p.enablePurgeProtection) ?? false,
    rbacAuthorization: bool(p.enableRbacAuthorization) ?? false,
    publicNetworkAccess: str(p.publicNetworkAccess) ?? 'Enabled',
    networkDefaultAction: obj(p.networkAcls).defaultAction === 'Deny' ? 'Deny' : 'Allow',
    privateEndpointCount: arr(p.privateEndpointConnections).length,
    ...(vaultUri ? { vaultUri } : {}),
  };
}

/**
 * A KeyItem or SecretItem of a data-plane listing (Key Vault 7.4): `kid` / `id` is
 * `{vaultUri}/keys/{name}`, `attributes.exp` Unix seconds. A SecretItem carries no value.
 */
export function mapVaultItem(item: Record<string, unknown>): VaultItem {
  const url = str(item.kid) ?? str(item.id) ?? '';
  const a = obj(item.attributes);
  const exp = num(a.exp);
  return {
    name: url.replace(/\/+$/, '').split('/').pop() ?? url,
    enabled: bool(a.enabled) ?? true,
    ...(exp !== undefined ? { expires: new Date(exp * 1000).toISOString() } : {}),
    managed: bool(item.managed) ?? false,
  };
}
