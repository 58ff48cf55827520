import type { CheckDefinition } from '../../../core/index.js';
import ec2_ebs_default_encryption from './ec2_ebs_default_encryption.check.js';

/** The EBS account-setting checks: one line per check. */
export const EBS_CHECKS: readonly CheckDefinition[] = [ec2_ebs_default_encryption];
