import { defineMetrics } from '../../../../core/index.js';

const M = 'azure.metadata.authorization';
const S = 'azure.security.authorization';

export const AUTHORIZATION_METRIC = defineMetrics({
  assignmentCount: {
    name: `${M}.role_assignment_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Role assignments in the subscription (its own scope and below).',
  },
  customRoleCount: {
    name: `${M}.custom_role_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Custom role definitions assignable in the subscription.',
  },
  ownerCount: {
    name: `${S}.owner_assignment_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Owner role assignments at the subscription scope.',
  },
  uaaCount: {
    name: `${S}.user_access_administrator_count`,
    valueType: 'number',
    unit: 'count',
    description: 'User Access Administrator assignments in the subscription.',
  },
  customAllActions: {
    name: `${S}.custom_role_allows_all_actions`,
    valueType: 'boolean',
    description: 'The custom role grants every action (*) at a subscription or above.',
  },
});
