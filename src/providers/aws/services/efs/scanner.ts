import { defineAwsScanner } from '../../define-scanner.js';
import { EFS_PERMISSIONS } from './permissions.js';
import { extractEfsEvents } from './extract.js';
import { EFS_METRICS } from './metrics.js';

/** EFS file systems of one region: settings, size and encryption at rest. */
export const efsScanner = defineAwsScanner({
  service: 'efs',
  title: 'Amazon EFS file systems',
  scope: 'regional',
  metrics: EFS_METRICS,
  permissions: EFS_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectEfsSnapshot(ctx),
  extract: extractEfsEvents,
});
