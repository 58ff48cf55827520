/** One region's ACM certificates in our own compact types. */
import { scannerRef } from '../../../../core/index.js';

/** A certificate as ListCertificates summarizes it: expiry, status, key and use come with it. */
export interface Certificate {
  arn: string;
  domainName: string;
  /** The first 100 subject alternative names (ListCertificates' limit). */
  subjectAlternativeNames: string[];
  /** ISSUED, PENDING_VALIDATION, VALIDATION_TIMED_OUT, FAILED, EXPIRED, REVOKED, INACTIVE. */
  status: string;
  /** AMAZON_ISSUED, IMPORTED or PRIVATE. */
  type: string;
  /** As ACM answers it: `RSA-2048` (the SDK's enum spells it RSA_2048), `EC-prime256v1`… */
  keyAlgorithm?: string;
  inUse: boolean;
  /** ELIGIBLE or INELIGIBLE for ACM's managed renewal. */
  renewalEligibility?: string;
  /** The service managing the certificate (CLOUDFRONT), when there is one. */
  managedBy?: string;
  /** ISO 8601. */
  notBefore?: string;
  notAfter?: string;
  createdAt?: string;
  issuedAt?: string;
  importedAt?: string;
  revokedAt?: string;
}

export interface AcmRegionSnapshot {
  region: string;
  certificates: Certificate[];
}

/** A certificate's key: its family and size (bits for RSA), or undefined when unreadable. */
export function parseKeyAlgorithm(
  keyAlgorithm: string | undefined,
): { family: 'RSA'; bits: number } | { family: 'EC'; curve: string } | undefined {
  const rsa = /^RSA[-_](\d+)$/.exec(keyAlgorithm ?? '');
  if (rsa) return { family: 'RSA', bits: Number(rsa[1]) };
  const ec = /^EC[-_](\w+)$/.exec(keyAlgorithm ?? '');
  if (ec) return { family: 'EC', curve: ec[1]! };
  return undefined;
}

/** Days until the certificate expires (negative once expired); undefined without NotAfter. */
export function daysToExpiry(certificate: Certificate, now: Date): number | undefined {
  if (certificate.notAfter === undefined) return undefined;
  const end = Date.parse(certificate.notAfter);
  return Number.isNaN(end) ? undefined : Math.floor((end - now.getTime()) / 86_400_000);
}

/** Statuses of a request that did not end in an issued certificate. */
export const UNISSUED_STATUSES = ['PENDING_VALIDATION', 'VALIDATION_TIMED_OUT', 'FAILED'];

/** The ACM scanner, as its checks name it. */
export const ACM = scannerRef<AcmRegionSnapshot>('aws', 'acm');
