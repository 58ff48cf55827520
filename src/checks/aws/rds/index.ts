import type { CheckDefinition } from '../../../core/index.js';
import rds_cluster_deletion_protection from './rds_cluster_deletion_protection.check.js';
import rds_cluster_iam_authentication_enabled from './rds_cluster_iam_authentication_enabled.check.js';
import rds_cluster_multi_az from './rds_cluster_multi_az.check.js';
import rds_cluster_storage_encrypted from './rds_cluster_storage_encrypted.check.js';
import rds_instance_backup_enabled from './rds_instance_backup_enabled.check.js';
import rds_instance_deletion_protection from './rds_instance_deletion_protection.check.js';
import rds_instance_enhanced_monitoring_enabled from './rds_instance_enhanced_monitoring_enabled.check.js';
import rds_instance_iam_authentication_enabled from './rds_instance_iam_authentication_enabled.check.js';
import rds_instance_minor_version_upgrade_enabled from './rds_instance_minor_version_upgrade_enabled.check.js';
import rds_instance_multi_az from './rds_instance_multi_az.check.js';
import rds_instance_no_public_access from './rds_instance_no_public_access.check.js';
import rds_instance_storage_encrypted from './rds_instance_storage_encrypted.check.js';
import rds_snapshots_encrypted from './rds_snapshots_encrypted.check.js';
import rds_snapshots_public_access from './rds_snapshots_public_access.check.js';
import rds_resource_required_tags from './rds_resource_required_tags.check.js';

/** The RDS checks: one line per check. */
export const RDS_CHECKS: readonly CheckDefinition[] = [
  rds_cluster_deletion_protection,
  rds_cluster_iam_authentication_enabled,
  rds_cluster_multi_az,
  rds_cluster_storage_encrypted,
  rds_instance_backup_enabled,
  rds_instance_deletion_protection,
  rds_instance_enhanced_monitoring_enabled,
  rds_instance_iam_authentication_enabled,
  rds_instance_minor_version_upgrade_enabled,
  rds_instance_multi_az,
  rds_instance_no_public_access,
  rds_instance_storage_encrypted,
  rds_snapshots_encrypted,
  rds_snapshots_public_access,
  rds_resource_required_tags,
];
