import { defineAwsScanner } from '../../define-scanner.js';
import { EKS_PERMISSIONS } from './permissions.js';
import { extractEksEvents } from './extract.js';
import { EKS_METRICS } from './metrics.js';

/**
 * EKS clusters of one region: Kubernetes version and its support on the EKS calendar, API server
 * endpoint access, control plane logging and secrets encryption.
 */
export const eksScanner = defineAwsScanner({
  service: 'eks',
  title: 'Amazon EKS clusters',
  scope: 'regional',
  metrics: EKS_METRICS,
  permissions: EKS_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectEksSnapshot(ctx),
  extract: extractEksEvents,
});
