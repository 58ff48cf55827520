/** ACM snapshots for the check tests, in the collector's normalized shapes. */
import type { AcmRegionSnapshot, Certificate } from '../../../providers/aws/services/acm/model.js';
import { ACCOUNT, daysAgo, REGION } from '../testing.js';

export function certificate(id: string, overrides: Partial<Certificate> = {}): Certificate {
  const domainName = `${id}.example.com`;
  return {
    arn: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/${id}-0000-4000-8000-000000000000`,
    domainName,
    subjectAlternativeNames: [domainName],
    status: 'ISSUED',
    type: 'AMAZON_ISSUED',
    keyAlgorithm: 'RSA-2048',
    inUse: true,
    renewalEligibility: 'ELIGIBLE',
    notBefore: daysAgo(200),
    notAfter: daysAgo(-195),
    createdAt: daysAgo(201),
    issuedAt: daysAgo(200),
    ...overrides,
  };
}

export function snapshot(certificates: Certificate[]): AcmRegionSnapshot {
  return { region: REGION, certificates };
}

/** Sound; imported with a weak key expiring soon; EC; expired; pending; failed. */
export const sound = certificate('shop');
export const weak = certificate('legacy', {
  type: 'IMPORTED',
  keyAlgorithm: 'RSA-1024',
  renewalEligibility: 'INELIGIBLE',
  notAfter: daysAgo(-12),
  createdAt: undefined,
  importedAt: daysAgo(353),
});
export const ec = certificate('api', { keyAlgorithm: 'EC-prime256v1', inUse: false });
export const expired = certificate('old', {
  status: 'EXPIRED',
  inUse: false,
  notAfter: daysAgo(40),
});
const unissued = {
  notBefore: undefined,
  notAfter: undefined,
  issuedAt: undefined,
  inUse: false,
  renewalEligibility: 'INELIGIBLE',
};
export const pending = certificate('new', {
  ...unissued,
  status: 'PENDING_VALIDATION',
  createdAt: daysAgo(1),
});
export const failed = certificate('typo', {
  ...unissued,
  status: 'FAILED',
  createdAt: daysAgo(40),
});
export const all = snapshot([sound, weak, ec, expired, pending, failed]);
