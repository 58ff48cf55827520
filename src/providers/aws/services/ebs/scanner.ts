import { defineAwsScanner } from '../../define-scanner.js';
import { EBS_PERMISSIONS } from './permissions.js';
import { extractEbsEvents } from './extract.js';
import { EBS_METRICS } from './metrics.js';

/** EBS encryption defaults of one region (account settings, not volumes: those are the ec2 scanner's). */
export const ebsScanner = defineAwsScanner({
  service: 'ebs',
  title: 'Amazon EBS account settings',
  scope: 'regional',
  metrics: EBS_METRICS,
  permissions: EBS_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectEbsSnapshot(ctx),
  extract: extractEbsEvents,
});
