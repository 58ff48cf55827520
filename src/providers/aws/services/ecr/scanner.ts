import { defineAwsScanner } from '../../define-scanner.js';
import { ECR_PERMISSIONS } from './permissions.js';
import { extractEcrEvents } from './extract.js';
import { ECR_METRICS } from './metrics.js';

/**
 * Private ECR repositories of one region: image scanning (registry rules applied), tag
 * immutability, encryption, lifecycle policies, public and cross-account repository policies,
 * image pulls from CloudWatch, unused repositories.
 */
export const ecrScanner = defineAwsScanner({
  service: 'ecr',
  title: 'Amazon ECR private repositories',
  scope: 'regional',
  metrics: ECR_METRICS,
  permissions: ECR_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectEcrSnapshot(ctx),
  extract: extractEcrEvents,
});
