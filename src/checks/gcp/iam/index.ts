import type { CheckDefinition } from '../../../core/index.js';
import iam_kms_separation_of_duties from './iam_kms_separation_of_duties.check.js';
import iam_no_project_level_service_account_user from './iam_no_project_level_service_account_user.check.js';
import iam_sa_admin_user_separation_of_duties from './iam_sa_admin_user_separation_of_duties.check.js';
import iam_sa_key_rotated_90_days from './iam_sa_key_rotated_90_days.check.js';
import iam_sa_no_admin_privileges from './iam_sa_no_admin_privileges.check.js';
import iam_sa_no_user_managed_keys from './iam_sa_no_user_managed_keys.check.js';
import logging_audit_logs_all_services from './logging_audit_logs_all_services.check.js';

/** The IAM checks (and audit logging, read from the project's IAM policy): one line per check. */
export const IAM_CHECKS: readonly CheckDefinition[] = [
  iam_kms_separation_of_duties,
  iam_no_project_level_service_account_user,
  iam_sa_admin_user_separation_of_duties,
  iam_sa_key_rotated_90_days,
  iam_sa_no_admin_privileges,
  iam_sa_no_user_managed_keys,
  logging_audit_logs_all_services,
] as CheckDefinition[];
