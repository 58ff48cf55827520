import type { CheckDefinition } from '../../../core/index.js';
import kms_cmk_not_deleted_unintentionally from './kms_cmk_not_deleted_unintentionally.check.js';
import kms_cmk_rotation_enabled from './kms_cmk_rotation_enabled.check.js';
import kms_key_not_publicly_accessible from './kms_key_not_publicly_accessible.check.js';

/** The KMS checks: one line per check. */
export const KMS_CHECKS: readonly CheckDefinition[] = [
  kms_cmk_not_deleted_unintentionally,
  kms_cmk_rotation_enabled,
  kms_key_not_publicly_accessible,
];
