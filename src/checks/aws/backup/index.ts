import type { CheckDefinition } from '../../../core/index.js';
import backup_plans_have_selections from './backup_plans_have_selections.check.js';
import backup_protected_resources_backed_up_recently from './backup_protected_resources_backed_up_recently.check.js';
import backup_vaults_encrypted_with_customer_managed_key from './backup_vaults_encrypted_with_customer_managed_key.check.js';
import backup_vaults_locked from './backup_vaults_locked.check.js';
import backup_vaults_not_publicly_accessible from './backup_vaults_not_publicly_accessible.check.js';

/** The AWS Backup checks: one line per check. */
export const BACKUP_CHECKS: readonly CheckDefinition[] = [
  backup_plans_have_selections,
  backup_protected_resources_backed_up_recently,
  backup_vaults_encrypted_with_customer_managed_key,
  backup_vaults_locked,
  backup_vaults_not_publicly_accessible,
];
