import type { CheckDefinition } from '../../../core/index.js';
import route53_dangling_ip_records from './route53_dangling_ip_records.check.js';
import route53_dangling_s3_records from './route53_dangling_s3_records.check.js';
import route53_public_hosted_zones_cloudwatch_logging_enabled from './route53_public_hosted_zones_cloudwatch_logging_enabled.check.js';
import route53_public_hosted_zones_dnssec_signing_enabled from './route53_public_hosted_zones_dnssec_signing_enabled.check.js';

/** The Route 53 hosted zone checks: one line per check. */
export const ROUTE53_CHECKS: readonly CheckDefinition[] = [
  route53_dangling_ip_records,
  route53_dangling_s3_records,
  route53_public_hosted_zones_cloudwatch_logging_enabled,
  route53_public_hosted_zones_dnssec_signing_enabled,
];
