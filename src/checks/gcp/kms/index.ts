import type { CheckDefinition } from '../../../core/index.js';
import kms_key_not_public from './kms_key_not_public.check.js';
import kms_key_rotated_90_days from './kms_key_rotated_90_days.check.js';

/** The Cloud KMS checks: one line per check. */
export const KMS_CHECKS: readonly CheckDefinition[] = [
  kms_key_not_public,
  kms_key_rotated_90_days,
] as CheckDefinition[];
