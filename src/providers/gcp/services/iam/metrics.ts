import { defineMetrics } from '../../../../core/index.js';

const M = 'gcp.metadata.iam';
const S = 'gcp.security.iam';

/** IAM facts: on each service account and key, and on the project for its IAM policy. */
export const IAM_METRIC = defineMetrics({
  accountEmail: {
    name: `${M}.service_account_email`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Email of the service account.',
  },
  accountDisabled: {
    name: `${M}.service_account_disabled`,
    valueType: 'boolean',
    description: 'The service account is disabled.',
  },
  userManagedKeyCount: {
    name: `${S}.service_account_user_managed_key_count`,
    valueType: 'number',
    unit: 'count',
    description: 'User-managed (downloadable) keys of the service account.',
  },
  keysError: {
    name: `${S}.service_account_keys_error`,
    valueType: 'string',
    description: 'Why the account’s keys could not be listed (method: code).',
  },
  keyAgeDays: {
    name: `${S}.service_account_key_age_days`,
    valueType: 'number',
    unit: 'days',
    description: 'Days since the user-managed key was created.',
  },
  keyDisabled: {
    name: `${M}.service_account_key_disabled`,
    valueType: 'boolean',
    description: 'The key is disabled.',
  },
  primitiveRoleMembers: {
    name: `${S}.primitive_role_members`,
    valueType: 'array',
    description:
      'Members holding roles/owner, roles/editor or roles/viewer on the project, as role:member.',
  },
  serviceAccountUserMembers: {
    name: `${S}.project_service_account_user_members`,
    valueType: 'array',
    description:
      'Members granted Service Account User or Token Creator on the whole project, as role:member.',
  },
  auditConfig: {
    name: `${S}.audit_log_config`,
    valueType: 'object',
    description: 'Data Access audit logs configured: service → log types enabled.',
  },
  policyError: {
    name: `${S}.iam_policy_error`,
    valueType: 'string',
    description: 'Why the project’s IAM policy could not be read (method: code).',
  },
});
