import { metric, withRole, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.iam';
const S = 'aws.security.iam';

/** Metric types, by name, so extractors never spell a string twice. */
export const IAM_METRIC = {
  authorizationDetails: `${S}.authorization_details`,
  credentialReport: `${S}.credential_report`,
  accountSummary: `${M}.account_summary`,
  passwordPolicy: `${S}.password_policy`,
  virtualMfaDevices: `${S}.virtual_mfa_devices`,
  rootMfaEnabled: `${S}.root_mfa_enabled`,
  rootHardwareMfaEnabled: `${S}.root_hardware_mfa_enabled`,
  rootAccessKeysActive: `${S}.root_access_keys_active`,
  rootPasswordLastUsedDays: `${S}.root_password_last_used_days`,
  rootAccessKeyLastUsedDays: `${S}.root_access_key_last_used_days`,

  createDate: `${M}.create_date`,
  attachedPolicies: `${S}.attached_policies`,
  inlinePolicies: `${S}.inline_policies`,
  inlinePoliciesFullAdmin: `${S}.inline_policies_full_admin`,

  tags: `${M}.tags`,
  userGroups: `${M}.user_groups`,
  userAdminAccess: `${S}.user_admin_access`,
  userMfaEnabled: `${S}.user_mfa_enabled`,
  userPasswordEnabled: `${S}.user_password_enabled`,
  userPasswordAgeDays: `${S}.user_password_age_days`,
  userPasswordLastUsedDays: `${S}.user_password_last_used_days`,
  userAccessKeys: `${S}.user_access_keys`,
  userActiveAccessKeysCount: `${S}.user_active_access_keys_count`,
  userAccessKeysRotationOverdue: `${S}.user_access_keys_rotation_overdue`,
  userAccessKeysUnused: `${S}.user_access_keys_unused`,
  userLastActivityDays: `${S}.user_last_activity_days`,
  userInactive: `${S}.user_inactive`,

  groupMembersCount: `${M}.group_members_count`,

  roleServiceLinked: `${M}.role_service_linked`,
  roleAdminAccess: `${S}.role_admin_access`,
  roleLastUsedDays: `${S}.role_last_used_days`,
  roleTrustPrincipals: `${S}.role_trust_principals`,
  roleTrustedExternalAccounts: `${S}.role_trusted_external_accounts`,
  roleTrustsAnyPrincipal: `${S}.role_trusts_any_principal`,
  roleExternalTrustWithoutExternalId: `${S}.role_external_trust_without_external_id`,

  policyFullAdmin: `${S}.policy_full_admin`,
  policyAttachmentCount: `${M}.policy_attachment_count`,

  organization: `${M}.organization`,
  serverCertificates: `${S}.server_certificates`,
  serverCertificateExpiration: `${M}.server_certificate_expiration`,
  serverCertificateUploadDate: `${M}.server_certificate_upload_date`,
  serverCertificateExpired: `${S}.server_certificate_expired`,
} as const;

const SOURCE_NOTE =
  ' `state` is `available`, or `denied` / `error` with the `call` that failed and its `error_code`.';
const REPORT_NOTE = ' From the credential report.';

export const IAM_METRICS: readonly MetricDefinition[] = [
  metric(
    IAM_METRIC.authorizationDetails,
    'object',
    `Whether users, groups, roles and policies could be read (GetAccountAuthorizationDetails), with their counts (customer-managed policies, and AWS-managed policies attached in the account).${SOURCE_NOTE}`,
  ),
  metric(
    IAM_METRIC.credentialReport,
    'object',
    `Whether the credential report could be read, when it was generated, and its users_count.${SOURCE_NOTE}`,
  ),
  metric(
    IAM_METRIC.accountSummary,
    'object',
    `GetAccountSummary's counts and quotas, \`summary\`: name → number.${SOURCE_NOTE}`,
  ),
  metric(
    IAM_METRIC.passwordPolicy,
    'object',
    'Account password policy: `state` `configured` (with its settings), `none` (no policy: IAM defaults apply), or `denied` / `error` with the `call` and `error_code`.',
  ),
  metric(
    IAM_METRIC.virtualMfaDevices,
    'object',
    `Virtual MFA devices: \`count\` and \`assigned_count\`.${SOURCE_NOTE}`,
  ),
  metric(IAM_METRIC.rootMfaEnabled, 'boolean', `MFA is active on the root user.${REPORT_NOTE}`),
  metric(
    IAM_METRIC.rootHardwareMfaEnabled,
    'boolean',
    'The root user has MFA and no virtual MFA device is assigned to it (so its MFA is a hardware device).',
  ),
  metric(
    IAM_METRIC.rootAccessKeysActive,
    'boolean',
    `The root user has at least one active access key.${REPORT_NOTE}`,
  ),
  metric(
    IAM_METRIC.rootPasswordLastUsedDays,
    'number',
    `Days since the root password was last used; absent when never used.${REPORT_NOTE}`,
    'days',
  ),
  metric(
    IAM_METRIC.rootAccessKeyLastUsedDays,
    'number',
    `Days since a root access key was last used; absent when never used.${REPORT_NOTE}`,
    'days',
  ),
  metric(
    IAM_METRIC.createDate,
    'string',
    'When the user, group, role or managed policy was created (ISO 8601, UTC).',
  ),
  metric(
    IAM_METRIC.attachedPolicies,
    'array',
    'ARNs of the managed policies attached to the user, group or role.',
  ),
  metric(
    IAM_METRIC.inlinePolicies,
    'array',
    'Names of the inline policies of the user, group or role.',
  ),
  metric(
    IAM_METRIC.inlinePoliciesFullAdmin,
    'array',
    'Names of the inline policies of the user, group or role that give full administrative rights (Action "*" on every resource, or a NotAction that leaves IAM allowed).',
  ),
  withRole(
    metric(IAM_METRIC.tags, 'object', 'Tags of the IAM user or role: key → value.'),
    'resource_tags',
  ),
  metric(IAM_METRIC.userGroups, 'array', 'Names of the groups the user belongs to.'),
  metric(
    IAM_METRIC.userAdminAccess,
    'object',
    "Effective administrative rights of the user, from its own inline and attached policies and its groups' (customer- and AWS-managed): `admin` (true, false, or null when a policy that applies could not be read), `via` (where the rights come from) and `unknown_policies`.",
  ),
  metric(
    IAM_METRIC.roleAdminAccess,
    'object',
    'Effective administrative rights of the role from its inline and attached policies: `admin` (true, false, or null when a policy could not be read), `via` and `unknown_policies`.',
  ),
  metric(IAM_METRIC.userMfaEnabled, 'boolean', `The user has an MFA device active.${REPORT_NOTE}`),
  metric(
    IAM_METRIC.userPasswordEnabled,
    'boolean',
    `The user has a console password.${REPORT_NOTE}`,
  ),
  metric(
    IAM_METRIC.userPasswordAgeDays,
    'number',
    `Days since the user's password was last changed (or set).${REPORT_NOTE}`,
    'days',
  ),
  metric(
    IAM_METRIC.userPasswordLastUsedDays,
    'number',
    `Days since the user's password was last used; absent when never used.${REPORT_NOTE}`,
    'days',
  ),
  metric(
    IAM_METRIC.userAccessKeys,
    'array',
    `The user's access keys: slot, active, age_days (since last rotation), last_used_days (null when never used), last_used_service.${REPORT_NOTE}`,
  ),
  metric(
    IAM_METRIC.userActiveAccessKeysCount,
    'number',
    `Active access keys of the user.${REPORT_NOTE}`,
    'count',
  ),
  metric(
    IAM_METRIC.userAccessKeysRotationOverdue,
    'boolean',
    `An active access key of the user was last rotated more than 90 days ago.${REPORT_NOTE}`,
  ),
  metric(
    IAM_METRIC.userAccessKeysUnused,
    'boolean',
    `An active access key of the user has not been used for longer than the inactivity threshold (90 days unless the scan sets iam_inactivity_days); a never-used key counts from its creation.${REPORT_NOTE}`,
  ),
  metric(
    IAM_METRIC.userLastActivityDays,
    'number',
    `Days since the user's password or any access key was last used; absent when never used.${REPORT_NOTE}`,
    'days',
  ),
  metric(
    IAM_METRIC.userInactive,
    'boolean',
    `Neither password nor access key used within the inactivity threshold (90 days unless the scan sets iam_inactivity_days); a user that never signed in counts from its creation.${REPORT_NOTE}`,
  ),
  metric(IAM_METRIC.groupMembersCount, 'number', 'Users in the group.', 'count'),
  metric(
    IAM_METRIC.roleServiceLinked,
    'boolean',
    'The role is service-linked (path /aws-service-role/): AWS manages its policies.',
  ),
  metric(
    IAM_METRIC.roleLastUsedDays,
    'number',
    'Days since the role was last assumed; absent when IAM has no record of a use (it tracks 400 days).',
    'days',
  ),
  metric(
    IAM_METRIC.roleTrustPrincipals,
    'object',
    'Who the trust policy allows to assume the role: `everyone`, and the `aws`, `service`, `federated` and `canonical_user` principals.',
  ),
  metric(
    IAM_METRIC.roleTrustedExternalAccounts,
    'array',
    'Ids of the accounts other than the scanned one that the trust policy allows to assume the role.',
  ),
  metric(
    IAM_METRIC.roleTrustsAnyPrincipal,
    'boolean',
    'The trust policy allows principal "*" (or uses NotPrincipal) with no condition narrowing who (account, organization, source, ExternalId).',
  ),
  metric(
    IAM_METRIC.roleExternalTrustWithoutExternalId,
    'boolean',
    'A trust statement allows "*" or another account with no sts:ExternalId condition.',
  ),
  metric(
    IAM_METRIC.policyFullAdmin,
    'boolean',
    'The managed policy (customer-managed, or AWS-managed and attached; default version) gives full administrative rights: Action "*" on every resource, or a NotAction that leaves IAM allowed.',
  ),
  metric(
    IAM_METRIC.policyAttachmentCount,
    'number',
    'Users, groups and roles the managed policy is attached to.',
    'count',
  ),
  metric(
    IAM_METRIC.organization,
    'object',
    `The AWS Organization the account belongs to: \`state\` \`available\` with \`id\` (null when it belongs to none), \`management_account_id\` and \`accounts_count\` (null when ListAccounts was denied or failed, with \`accounts_call\` and \`accounts_error_code\`); its accounts are trusted by the cross-account checks.${SOURCE_NOTE}`,
  ),
  metric(
    IAM_METRIC.serverCertificates,
    'object',
    `SSL/TLS server certificates stored in IAM (ListServerCertificates): \`count\` and \`expired_count\`.${SOURCE_NOTE}`,
  ),
  metric(
    IAM_METRIC.serverCertificateExpiration,
    'string',
    'When the IAM server certificate expires (ISO 8601, UTC).',
  ),
  metric(
    IAM_METRIC.serverCertificateUploadDate,
    'string',
    'When the IAM server certificate was uploaded (ISO 8601, UTC).',
  ),
  metric(
    IAM_METRIC.serverCertificateExpired,
    'boolean',
    'The IAM server certificate is past its expiration date.',
  ),
];
