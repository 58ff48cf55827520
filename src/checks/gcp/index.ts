import type { CheckDefinition, CheckPack } from '../../core/index.js';
import { BIGQUERY_CHECKS } from './bigquery/index.js';
import { COMPUTE_CHECKS } from './compute/index.js';
import { CIS_GCP_4_0 } from './compliance/cis-gcp-4.0.js';
import { DNS_CHECKS } from './dns/index.js';
import { IAM_CHECKS } from './iam/index.js';
import { KMS_CHECKS } from './kms/index.js';
import { LOGGING_CHECKS } from './logging/index.js';
import { SERVICEUSAGE_CHECKS } from './serviceusage/index.js';
import { SQL_CHECKS } from './sql/index.js';
import { STORAGE_CHECKS } from './storage/index.js';

/** Every GCP check, by service: one line per service (its index lists its checks). */
export const GCP_CHECKS: readonly CheckDefinition[] = [
  ...BIGQUERY_CHECKS,
  ...COMPUTE_CHECKS,
  ...DNS_CHECKS,
  ...IAM_CHECKS,
  ...KMS_CHECKS,
  ...LOGGING_CHECKS,
  ...SERVICEUSAGE_CHECKS,
  ...SQL_CHECKS,
  ...STORAGE_CHECKS,
];

/** The GCP checks and the framework they map to. */
export const GCP_CHECK_PACK: CheckPack = {
  provider: 'gcp',
  checks: GCP_CHECKS,
  frameworks: [CIS_GCP_4_0],
};
