import type { CheckDefinition } from '../../../core/index.js';
import efs_encryption_at_rest_enabled from './efs_encryption_at_rest_enabled.check.js';
import efs_resource_required_tags from './efs_resource_required_tags.check.js';

/** The EFS file-system checks: one line per check. */
export const EFS_CHECKS: readonly CheckDefinition[] = [
  efs_encryption_at_rest_enabled,
  efs_resource_required_tags,
];
