import type { CheckDefinition } from '../../../core/index.js';
import acm_certificate_request_issued from './acm_certificate_request_issued.check.js';
import acm_certificates_expiration_check from './acm_certificates_expiration_check.check.js';
import acm_certificates_with_secure_key_algorithms from './acm_certificates_with_secure_key_algorithms.check.js';

/** The ACM certificate checks: one line per check. */
export const ACM_CHECKS: readonly CheckDefinition[] = [
  acm_certificate_request_issued,
  acm_certificates_expiration_check,
  acm_certificates_with_secure_key_algorithms,
];
