import type { InventoryQuery } from '../../clients.js';
import type { AzureUnitContext } from '../../define-scanner.js';
import type { GraphRow } from '../../graph.js';
import { arr, obj, str, strings } from '../rows.js';
import type { AuthorizationSnapshot, CustomRole, RoleAssignment } from './model.js';

export const AUTHORIZATION_INVENTORY: InventoryQuery = {
  kind: 'authorization',
  kql: `AuthorizationResources
| where type in~ ('microsoft.authorization/roleassignments', 'microsoft.authorization/roledefinitions')
| where type =~ 'microsoft.authorization/roleassignments' or properties.type =~ 'CustomRole'
| project id, name, type, subscriptionId, properties`,
};

export const AUTHORIZATION_PERMISSIONS = [
  'Microsoft.ResourceGraph/resources/read',
  'Microsoft.Authorization/roleAssignments/read',
  'Microsoft.Authorization/roleDefinitions/read',
] as const;

export function mapAssignment(row: GraphRow): RoleAssignment {
  const p = obj(row.properties);
  const roleDefinitionId = str(p.roleDefinitionId) ?? '';
  return {
    id: str(row.id) ?? '',
    roleDefinitionId,
    roleDefinitionGuid: (roleDefinitionId.split('/').pop() ?? '').toLowerCase(),
    principalId: str(p.principalId) ?? '',
    principalType: str(p.principalType) ?? 'Unknown',
    scope: str(p.scope) ?? '',
  };
}

export function mapCustomRole(row: GraphRow): CustomRole {
  const p = obj(row.properties);
  const permissions = arr(p.permissions);
  return {
    id: str(row.id) ?? '',
    roleName: str(p.roleName) ?? str(row.name) ?? '',
    assignableScopes: strings(p.assignableScopes),
    actions: permissions.flatMap((x) => strings(x.actions)),
    notActions: permissions.flatMap((x) => strings(x.notActions)),
  };
}

/** Assignments and custom roles from one grouped AuthorizationResources query. */
export async function collectAuthorizationSnapshot(
  ctx: AzureUnitContext,
): Promise<AuthorizationSnapshot> {
  const rows = await ctx.clients.inventory(AUTHORIZATION_INVENTORY, ctx.signal);
  const isType = (row: GraphRow, type: string) => String(row.type).toLowerCase() === type;
  return {
    subscriptionId: ctx.accountId,
    assignments: rows
      .filter((r) => isType(r, 'microsoft.authorization/roleassignments'))
      .map(mapAssignment),
    customRoles: rows
      .filter((r) => isType(r, 'microsoft.authorization/roledefinitions'))
      .map(mapCustomRole),
  };
}
