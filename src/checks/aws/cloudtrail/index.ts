import type { CheckDefinition } from '../../../core/index.js';
import cloudtrail_cloudwatch_logging_enabled from './cloudtrail_cloudwatch_logging_enabled.check.js';
import cloudtrail_kms_encryption_enabled from './cloudtrail_kms_encryption_enabled.check.js';
import cloudtrail_log_file_validation_enabled from './cloudtrail_log_file_validation_enabled.check.js';
import cloudtrail_multi_region_enabled from './cloudtrail_multi_region_enabled.check.js';
import cloudtrail_s3_dataevents_read_enabled from './cloudtrail_s3_dataevents_read_enabled.check.js';
import cloudtrail_s3_dataevents_write_enabled from './cloudtrail_s3_dataevents_write_enabled.check.js';

/** The CloudTrail checks: one line per check. */
export const CLOUDTRAIL_CHECKS: readonly CheckDefinition[] = [
  cloudtrail_cloudwatch_logging_enabled,
  cloudtrail_kms_encryption_enabled,
  cloudtrail_log_file_validation_enabled,
  cloudtrail_multi_region_enabled,
  cloudtrail_s3_dataevents_read_enabled,
  cloudtrail_s3_dataevents_write_enabled,
];
