import { defineAwsScanner } from '../../define-scanner.js';
import { KMS_PERMISSIONS } from './permissions.js';
import { extractKmsEvents } from './extract.js';
import { KMS_METRICS } from './metrics.js';

/** KMS keys of one region: who manages them, their state and automatic rotation. */
export const kmsScanner = defineAwsScanner({
  service: 'kms',
  title: 'AWS Key Management Service',
  scope: 'regional',
  metrics: KMS_METRICS,
  permissions: KMS_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectKmsSnapshot(ctx),
  extract: extractKmsEvents,
});
