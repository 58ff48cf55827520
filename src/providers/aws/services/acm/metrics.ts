import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.acm';
const S = 'aws.security.acm';
const A = 'aws.architecture.acm';

/** Facts about one ACM certificate, on its ARN, and the region's count, on the region. */
export const ACM_METRIC = defineMetrics({
  certificateCount: {
    name: `${M}.certificate_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Certificates of the region, every status and key type.',
  },
  domainName: {
    name: `${M}.domain_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'The certificate’s domain name (its subject’s CN).',
  },
  subjectAlternativeNames: {
    name: `${M}.subject_alternative_names`,
    valueType: 'array',
    description: 'Subject alternative names (the first 100).',
  },
  status: {
    name: `${M}.status`,
    valueType: 'string',
    role: 'resource_state',
    description:
      'ISSUED, PENDING_VALIDATION, VALIDATION_TIMED_OUT, FAILED, EXPIRED, REVOKED or INACTIVE.',
  },
  type: {
    name: `${M}.type`,
    valueType: 'string',
    description: 'AMAZON_ISSUED, IMPORTED or PRIVATE.',
  },
  createdAt: {
    name: `${M}.created_at`,
    valueType: 'string',
    description: 'When the certificate was requested or imported (ISO 8601).',
  },
  notAfter: {
    name: `${S}.not_after`,
    valueType: 'string',
    description: 'End of the certificate’s validity (ISO 8601).',
  },
  daysToExpiry: {
    name: `${S}.days_to_expiry`,
    valueType: 'number',
    unit: 'days',
    description: 'Whole days until the certificate expires; negative once expired.',
  },
  keyAlgorithm: {
    name: `${S}.key_algorithm`,
    valueType: 'string',
    description: 'Key algorithm as ACM reports it: RSA-2048, RSA-1024, EC-prime256v1…',
  },
  renewalEligibility: {
    name: `${S}.renewal_eligibility`,
    valueType: 'string',
    description: 'ELIGIBLE or INELIGIBLE for ACM’s managed renewal.',
  },
  inUse: {
    name: `${A}.in_use`,
    valueType: 'boolean',
    description:
      'The certificate is associated with a service (load balancer, CloudFront, API Gateway…).',
  },
  managedBy: {
    name: `${A}.managed_by`,
    valueType: 'string',
    description: 'The service that manages the certificate (CLOUDFRONT), when one does.',
  },
  unusedCertificate: {
    name: `${A}.unused_certificate`,
    valueType: 'boolean',
    role: 'idle_signal',
    description: 'An issued certificate no service uses (true), or used (false).',
  },
});

export const ACM_METRICS: readonly MetricDefinition[] = ACM_METRIC.definitions;
