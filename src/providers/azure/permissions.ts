import type { PermissionFormat } from '../../core/index.js';
import type { AzureAuthMode } from './auth.js';

/** Every scan lists the tenant's subscriptions; a management-group scan lists its descendants. */
const SCAN_BASELINE = ['Microsoft.Resources/subscriptions/read'];
export const MANAGEMENT_GROUP_PERMISSIONS = [
  'Microsoft.Management/managementGroups/descendants/read',
];

/**
 * Data-plane operations among the scanners' declarations (a vault's keys and secrets): an Azure role
 * grants them under DataActions, never Actions. The same string names a control-plane action too
 * (`Microsoft.KeyVault/vaults/keys/read` lists keys through ARM), so the list is explicit.
 */
export const AZURE_DATA_ACTIONS: ReadonlySet<string> = new Set([
  'Microsoft.KeyVault/vaults/keys/read',
  'Microsoft.KeyVault/vaults/secrets/readMetadata/action',
]);

/**
 * Where the role may be assigned: CLOUDDIAGNOZE_AZURE_ASSIGNABLE_SCOPES (comma-separated) when set,
 * else the scan's own management groups or subscriptions when its auth names them, else a
 * placeholder subscription to fill in.
 */
export function assignableScopes(
  auth?: AzureAuthMode,
  env: Record<string, string | undefined> = process.env,
): string[] {
  const fromEnv = env.CLOUDDIAGNOZE_AZURE_ASSIGNABLE_SCOPES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (fromEnv?.length) return fromEnv;
  if (auth?.management_group_ids?.length)
    return auth.management_group_ids.map(
      (g) => `/providers/Microsoft.Management/managementGroups/${g}`,
    );
  if (auth?.subscription_ids?.length)
    return auth.subscription_ids.map((s) => `/subscriptions/${s.toLowerCase()}`);
  return ['/subscriptions/<subscription-id>'];
}

/**
 * An Azure custom role definition (`az role definition create --role-definition @role.json`):
 * the read actions the selected scanners declare, nothing else.
 */
export const azurePermissions: PermissionFormat<AzureAuthMode> = {
  format: 'azure-role-definition',
  mediaType: 'application/json',
  pattern: /^Microsoft\.[A-Za-z]+(\/[A-Za-z]+)+\/(read|action)$/i,
  baseline(auth) {
    return auth === undefined || auth.management_group_ids
      ? [...SCAN_BASELINE, ...MANAGEMENT_GROUP_PERMISSIONS]
      : SCAN_BASELINE;
  },
  render(permissions, auth) {
    const unique = [...new Set(permissions)].sort();
    const role = {
      Name: 'CloudDiagnoze Reader',
      IsCustom: true,
      Description:
        'Read-only access CloudDiagnoze needs to scan these services (inventory, metrics, cost, security).',
      Actions: unique.filter((p) => !AZURE_DATA_ACTIONS.has(p)),
      NotActions: [],
      DataActions: unique.filter((p) => AZURE_DATA_ACTIONS.has(p)),
      NotDataActions: [],
      AssignableScopes: assignableScopes(auth),
    };
    return JSON.stringify(role, null, 2) + '\n';
  },
};
