import type { PermissionFormat } from '../../core/index.js';
import type { AzureAuthMode } from './auth.js';

/** Every scan lists the tenant's subscriptions; a management-group scan lists its descendants. */
const SCAN_BASELINE = ['Microsoft.Resources/subscriptions/read'];
export const MANAGEMENT_GROUP_PERMISSIONS = [
  'Microsoft.Management/managementGroups/descendants/read',
];

/** Where the role may be assigned, from CLOUDDIAGNOZE_AZURE_ASSIGNABLE_SCOPES (comma-separated). */
function assignableScopes(env: Record<string, string | undefined> = process.env): string[] {
  const scopes = env.CLOUDDIAGNOZE_AZURE_ASSIGNABLE_SCOPES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return scopes?.length ? scopes : ['/subscriptions/<subscription-id>'];
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
  render(permissions) {
    const role = {
      Name: 'CloudDiagnoze Reader',
      IsCustom: true,
      Description:
        'Read-only access CloudDiagnoze needs to scan these services (inventory, metrics, cost, security).',
      Actions: [...new Set(permissions)].sort(),
      NotActions: [],
      DataActions: [],
      NotDataActions: [],
      AssignableScopes: assignableScopes(),
    };
    return JSON.stringify(role, null, 2) + '\n';
  },
};
