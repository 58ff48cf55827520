import { defineAwsScanner } from '../../define-scanner.js';
import { S3_BASE_PERMISSIONS, S3_FACETS } from './facets.js';
import { extractS3 } from './extract.js';
import { S3_METRICS } from './metrics.js';

/**
 * S3, once per account: ListBuckets (one page per 10 000 buckets), the account's Block Public
 * Access, then up to 13 configuration reads per bucket in the bucket's own region (one more when
 * ListBuckets does not name the region): the facets the scan wants, less those another read
 * answers.
 */
export const s3Scanner = defineAwsScanner({
  service: 's3',
  title: 'Amazon S3',
  scope: 'global',
  metrics: S3_METRICS,
  permissions: S3_BASE_PERMISSIONS,
  facets: S3_FACETS,
  collect: async (ctx) => (await import('./collector.js')).collectS3(ctx),
  extract: extractS3,
});
