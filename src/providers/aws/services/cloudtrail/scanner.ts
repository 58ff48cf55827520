import { defineAwsScanner } from '../../define-scanner.js';
import { CLOUDTRAIL_PERMISSIONS } from './permissions.js';
import { extractCloudTrailEvents } from './extract.js';
import { CLOUDTRAIL_METRICS } from './metrics.js';

/** CloudTrail trails of one region: settings, status and what they record, from their home region. */
export const cloudtrailScanner = defineAwsScanner({
  service: 'cloudtrail',
  title: 'AWS CloudTrail',
  scope: 'regional',
  metrics: CLOUDTRAIL_METRICS,
  permissions: CLOUDTRAIL_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectCloudTrailSnapshot(ctx),
  extract: extractCloudTrailEvents,
});
