import type { CheckDefinition } from '../../../core/index.js';
import storage_bucket_not_public from './storage_bucket_not_public.check.js';
import storage_bucket_uniform_access from './storage_bucket_uniform_access.check.js';

/** The Cloud Storage checks: one line per check. */
export const STORAGE_CHECKS: readonly CheckDefinition[] = [
  storage_bucket_not_public,
  storage_bucket_uniform_access,
] as CheckDefinition[];
