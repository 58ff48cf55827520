/** One subscription's role assignments and custom role definitions. */
import { scannerRef } from '../../../../core/index.js';

/** Built-in role definition ids (the same GUID in every tenant). */
export const BUILT_IN_ROLES = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c4a72d9d',
  rbacAdministrator: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
} as const;

export interface RoleAssignment {
  id: string;
  /** The GUID at the end of the role definition id. */
  roleDefinitionGuid: string;
  roleDefinitionId: string;
  principalId: string;
  principalType: string;
  scope: string;
}

export interface CustomRole {
  id: string;
  roleName: string;
  assignableScopes: string[];
  actions: string[];
  notActions: string[];
}

export interface AuthorizationSnapshot {
  subscriptionId: string;
  assignments: RoleAssignment[];
  customRoles: CustomRole[];
}

/** A custom role granting every action (`*`) at the subscription (or above). */
export function isSubscriptionAdministratorRole(role: CustomRole, subscriptionId: string): boolean {
  const all = role.actions.includes('*') && role.notActions.length === 0;
  const scoped = role.assignableScopes.some(
    (s) =>
      s === '/' ||
      s.toLowerCase() === `/subscriptions/${subscriptionId}`.toLowerCase() ||
      s.toLowerCase().startsWith('/providers/microsoft.management/managementgroups/'),
  );
  return all && scoped;
}

/** The role assignment and custom role scanner, as its checks name it. */
export const AUTHORIZATION = scannerRef<AuthorizationSnapshot>('azure', 'authorization');
