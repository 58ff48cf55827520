import type { CheckDefinition } from '../../../core/index.js';
import eks_cluster_audit_logging_enabled from './eks_cluster_audit_logging_enabled.check.js';
import eks_cluster_kms_cmk_encryption_in_secrets_enabled from './eks_cluster_kms_cmk_encryption_in_secrets_enabled.check.js';
import eks_cluster_not_publicly_accessible from './eks_cluster_not_publicly_accessible.check.js';
import eks_cluster_uses_a_supported_version from './eks_cluster_uses_a_supported_version.check.js';

/** The EKS cluster checks: one line per check. */
export const EKS_CHECKS: readonly CheckDefinition[] = [
  eks_cluster_audit_logging_enabled,
  eks_cluster_kms_cmk_encryption_in_secrets_enabled,
  eks_cluster_not_publicly_accessible,
  eks_cluster_uses_a_supported_version,
];
