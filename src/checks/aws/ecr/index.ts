import type { CheckDefinition } from '../../../core/index.js';
import ecr_repositories_lifecycle_policy_enabled from './ecr_repositories_lifecycle_policy_enabled.check.js';
import ecr_repositories_not_publicly_accessible from './ecr_repositories_not_publicly_accessible.check.js';
import ecr_repositories_scan_images_on_push_enabled from './ecr_repositories_scan_images_on_push_enabled.check.js';
import ecr_repositories_tag_immutability from './ecr_repositories_tag_immutability.check.js';

/** The ECR repository checks: one line per check. */
export const ECR_CHECKS: readonly CheckDefinition[] = [
  ecr_repositories_lifecycle_policy_enabled,
  ecr_repositories_not_publicly_accessible,
  ecr_repositories_scan_images_on_push_enabled,
  ecr_repositories_tag_immutability,
];
