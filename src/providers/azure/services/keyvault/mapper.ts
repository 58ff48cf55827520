import type { GraphRow } from '../../graph.js';
import { arr, base, bool, num, obj, str } from '../rows.js';
import type { KeyVault } from './model.js';

export function mapKeyVault(row: GraphRow): Omit<KeyVault, 'diagnosticSettings'> {
  const b = base(row);
  const p = obj(row.properties);
  const retention = num(p.softDeleteRetentionInDays);
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
  };
}
