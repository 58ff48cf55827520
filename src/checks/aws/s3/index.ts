import type { CheckDefinition } from '../../../core/index.js';
import s3_account_level_public_access_blocks from './s3_account_level_public_access_blocks.check.js';
import s3_bucket_acl_prohibited from './s3_bucket_acl_prohibited.check.js';
import s3_bucket_cross_account_access from './s3_bucket_cross_account_access.check.js';
import s3_bucket_default_encryption from './s3_bucket_default_encryption.check.js';
import s3_bucket_kms_encryption from './s3_bucket_kms_encryption.check.js';
import s3_bucket_level_public_access_block from './s3_bucket_level_public_access_block.check.js';
import s3_bucket_lifecycle_enabled from './s3_bucket_lifecycle_enabled.check.js';
import s3_bucket_no_mfa_delete from './s3_bucket_no_mfa_delete.check.js';
import s3_bucket_object_lock from './s3_bucket_object_lock.check.js';
import s3_bucket_object_versioning from './s3_bucket_object_versioning.check.js';
import s3_bucket_policy_public_write_access from './s3_bucket_policy_public_write_access.check.js';
import s3_bucket_public_access from './s3_bucket_public_access.check.js';
import s3_bucket_secure_transport_policy from './s3_bucket_secure_transport_policy.check.js';
import s3_bucket_server_access_logging_enabled from './s3_bucket_server_access_logging_enabled.check.js';
import s3_resource_required_tags from './s3_resource_required_tags.check.js';

/** The S3 checks: one line per check. */
export const S3_CHECKS: readonly CheckDefinition[] = [
  s3_account_level_public_access_blocks,
  s3_bucket_acl_prohibited,
  s3_bucket_cross_account_access,
  s3_bucket_default_encryption,
  s3_bucket_kms_encryption,
  s3_bucket_level_public_access_block,
  s3_bucket_lifecycle_enabled,
  s3_bucket_no_mfa_delete,
  s3_bucket_object_lock,
  s3_bucket_object_versioning,
  s3_bucket_policy_public_write_access,
  s3_bucket_public_access,
  s3_bucket_secure_transport_policy,
  s3_bucket_server_access_logging_enabled,
  s3_resource_required_tags,
];
