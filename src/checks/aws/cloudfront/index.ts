import type { CheckDefinition } from '../../../core/index.js';
import cloudfront_distributions_https_enabled from './cloudfront_distributions_https_enabled.check.js';
import cloudfront_distributions_logging_enabled from './cloudfront_distributions_logging_enabled.check.js';
import cloudfront_distributions_origin_traffic_encrypted from './cloudfront_distributions_origin_traffic_encrypted.check.js';
import cloudfront_distributions_s3_origin_access_control from './cloudfront_distributions_s3_origin_access_control.check.js';
import cloudfront_distributions_tls_policy_secure from './cloudfront_distributions_tls_policy_secure.check.js';
import cloudfront_distributions_waf_enabled from './cloudfront_distributions_waf_enabled.check.js';

/** The CloudFront distribution checks: one line per check. */
export const CLOUDFRONT_CHECKS: readonly CheckDefinition[] = [
  cloudfront_distributions_https_enabled,
  cloudfront_distributions_logging_enabled,
  cloudfront_distributions_origin_traffic_encrypted,
  cloudfront_distributions_s3_origin_access_control,
  cloudfront_distributions_tls_policy_secure,
  cloudfront_distributions_waf_enabled,
];
