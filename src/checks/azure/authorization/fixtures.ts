import type {
  AuthorizationSnapshot,
  CustomRole,
  RoleAssignment,
} from '../../../providers/azure/services/authorization/model.js';
import { SCOPE, SUBSCRIPTION } from '../testing.js';

export const assignment = (guid: string, role: string, scope = SCOPE): RoleAssignment => ({
  id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${guid}`,
  roleDefinitionGuid: role,
  roleDefinitionId: `${SCOPE}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
  principalId: `${guid}-principal`,
  principalType: 'User',
  scope,
});

export const customRole = (name: string, overrides: Partial<CustomRole> = {}): CustomRole => ({
  id: `${SCOPE}/providers/Microsoft.Authorization/roleDefinitions/${name}`,
  roleName: name,
  assignableScopes: [SCOPE],
  actions: ['Microsoft.Compute/virtualMachines/read'],
  notActions: [],
  ...overrides,
});

export const snapshot = (
  overrides: Partial<AuthorizationSnapshot> = {},
): AuthorizationSnapshot => ({
  subscriptionId: SUBSCRIPTION,
  assignments: [],
  customRoles: [],
  ...overrides,
});
