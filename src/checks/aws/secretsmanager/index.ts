import type { CheckDefinition } from '../../../core/index.js';
import secretsmanager_automatic_rotation_enabled from './secretsmanager_automatic_rotation_enabled.check.js';
import secretsmanager_resource_required_tags from './secretsmanager_resource_required_tags.check.js';
import secretsmanager_secret_rotated_periodically from './secretsmanager_secret_rotated_periodically.check.js';
import secretsmanager_secret_unused from './secretsmanager_secret_unused.check.js';

/** The Secrets Manager checks: one line per check. */
export const SECRETSMANAGER_CHECKS: readonly CheckDefinition[] = [
  secretsmanager_automatic_rotation_enabled,
  secretsmanager_resource_required_tags,
  secretsmanager_secret_rotated_periodically,
  secretsmanager_secret_unused,
];
