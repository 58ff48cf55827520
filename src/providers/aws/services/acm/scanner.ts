import { defineAwsScanner } from '../../define-scanner.js';
import { ACM_PERMISSIONS } from './permissions.js';
import { extractAcmEvents } from './extract.js';
import { ACM_METRICS } from './metrics.js';

/**
 * ACM certificates of one region, from ListCertificates alone: expiry, status (failed and pending
 * requests), key algorithm, renewal eligibility, use, and the region's count.
 */
export const acmScanner = defineAwsScanner({
  service: 'acm',
  title: 'AWS Certificate Manager certificates',
  scope: 'regional',
  metrics: ACM_METRICS,
  permissions: ACM_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectAcmSnapshot(ctx),
  extract: extractAcmEvents,
});
