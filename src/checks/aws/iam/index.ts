import type { CheckDefinition } from '../../../core/index.js';
import iam_avoid_root_usage from './iam_avoid_root_usage.check.js';
import iam_user_administrator_access from './iam_user_administrator_access.check.js';
import iam_role_cross_account_trust from './iam_role_cross_account_trust.check.js';
import iam_role_administrator_access from './iam_role_administrator_access.check.js';
import iam_aws_attached_policy_no_administrative_privileges from './iam_aws_attached_policy_no_administrative_privileges.check.js';
import iam_customer_attached_policy_no_administrative_privileges from './iam_customer_attached_policy_no_administrative_privileges.check.js';
import iam_inline_policy_no_administrative_privileges from './iam_inline_policy_no_administrative_privileges.check.js';
import iam_no_expired_server_certificates_stored from './iam_no_expired_server_certificates_stored.check.js';
import iam_no_root_access_key from './iam_no_root_access_key.check.js';
import iam_password_policy_expires_passwords_within_90_days_or_less from './iam_password_policy_expires_passwords_within_90_days_or_less.check.js';
import iam_password_policy_lowercase from './iam_password_policy_lowercase.check.js';
import iam_password_policy_minimum_length_14 from './iam_password_policy_minimum_length_14.check.js';
import iam_password_policy_number from './iam_password_policy_number.check.js';
import iam_password_policy_reuse_24 from './iam_password_policy_reuse_24.check.js';
import iam_password_policy_symbol from './iam_password_policy_symbol.check.js';
import iam_password_policy_uppercase from './iam_password_policy_uppercase.check.js';
import iam_policy_attached_only_to_group_or_roles from './iam_policy_attached_only_to_group_or_roles.check.js';
import iam_policy_cloudshell_admin_not_attached from './iam_policy_cloudshell_admin_not_attached.check.js';
import iam_root_hardware_mfa_enabled from './iam_root_hardware_mfa_enabled.check.js';
import iam_root_mfa_enabled from './iam_root_mfa_enabled.check.js';
import iam_rotate_access_key_90_days from './iam_rotate_access_key_90_days.check.js';
import iam_support_role_created from './iam_support_role_created.check.js';
import iam_user_accesskey_unused from './iam_user_accesskey_unused.check.js';
import iam_user_console_access_unused from './iam_user_console_access_unused.check.js';
import iam_user_mfa_enabled_console_access from './iam_user_mfa_enabled_console_access.check.js';
import iam_user_two_active_access_key from './iam_user_two_active_access_key.check.js';
import iam_resource_required_tags from './iam_resource_required_tags.check.js';

/** The IAM checks: one line per check. */
export const IAM_CHECKS: readonly CheckDefinition[] = [
  iam_avoid_root_usage,
  iam_user_administrator_access,
  iam_role_cross_account_trust,
  iam_role_administrator_access,
  iam_aws_attached_policy_no_administrative_privileges,
  iam_customer_attached_policy_no_administrative_privileges,
  iam_inline_policy_no_administrative_privileges,
  iam_no_expired_server_certificates_stored,
  iam_no_root_access_key,
  iam_password_policy_expires_passwords_within_90_days_or_less,
  iam_password_policy_lowercase,
  iam_password_policy_minimum_length_14,
  iam_password_policy_number,
  iam_password_policy_reuse_24,
  iam_password_policy_symbol,
  iam_password_policy_uppercase,
  iam_policy_attached_only_to_group_or_roles,
  iam_policy_cloudshell_admin_not_attached,
  iam_root_hardware_mfa_enabled,
  iam_root_mfa_enabled,
  iam_rotate_access_key_90_days,
  iam_support_role_created,
  iam_user_accesskey_unused,
  iam_user_console_access_unused,
  iam_user_mfa_enabled_console_access,
  iam_user_two_active_access_key,
  iam_resource_required_tags,
];
