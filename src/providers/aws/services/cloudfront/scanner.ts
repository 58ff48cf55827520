import { defineAwsScanner } from '../../define-scanner.js';
import { CLOUDFRONT_PERMISSIONS } from './permissions.js';
import { extractCloudFrontEvents } from './extract.js';
import { CLOUDFRONT_METRICS } from './metrics.js';

/**
 * CloudFront distributions of the account (a global service): viewer protocol policies, TLS
 * policy and certificate, origins and their access control, WAF, logging, requests and error
 * rates from CloudWatch (us-east-1), idle distributions.
 */
export const cloudFrontScanner = defineAwsScanner({
  service: 'cloudfront',
  title: 'Amazon CloudFront distributions',
  scope: 'global',
  metrics: CLOUDFRONT_METRICS,
  permissions: CLOUDFRONT_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectCloudFrontSnapshot(ctx),
  extract: extractCloudFrontEvents,
});
