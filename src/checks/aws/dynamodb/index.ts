import type { CheckDefinition } from '../../../core/index.js';
import dynamodb_resource_required_tags from './dynamodb_resource_required_tags.check.js';
import dynamodb_table_cmk_encryption from './dynamodb_table_cmk_encryption.check.js';
import dynamodb_table_deletion_protection_enabled from './dynamodb_table_deletion_protection_enabled.check.js';
import dynamodb_table_pitr_enabled from './dynamodb_table_pitr_enabled.check.js';

/** The DynamoDB table checks: one line per check. */
export const DYNAMODB_CHECKS: readonly CheckDefinition[] = [
  dynamodb_resource_required_tags,
  dynamodb_table_cmk_encryption,
  dynamodb_table_deletion_protection_enabled,
  dynamodb_table_pitr_enabled,
];
