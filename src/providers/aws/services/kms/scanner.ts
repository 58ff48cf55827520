import { defineAwsScanner } from '../../define-scanner.js';
import { collectKmsSnapshot, KMS_PERMISSIONS } from './collector.js';
import { extractKmsEvents } from './extract.js';
import { KMS_METRICS } from './metrics.js';

/** KMS keys of one region: who manages them, their state and automatic rotation. */
export const kmsScanner = defineAwsScanner({
  service: 'kms',
  title: 'AWS Key Management Service',
  scope: 'regional',
  metrics: KMS_METRICS,
  permissions: KMS_PERMISSIONS,
  collect: collectKmsSnapshot,
  extract: extractKmsEvents,
});
