import type { CertificateSummary } from '@aws-sdk/client-acm';
import type { Certificate } from './model.js';

const iso = <K extends string>(key: K, date: Date | undefined) =>
  (date ? { [key]: date.toISOString() } : {}) as Partial<Record<K, string>>;

/** One ListCertificates summary → our certificate; one without ARN is dropped. */
export function mapCertificate(summary: CertificateSummary): Certificate | undefined {
  if (!summary.CertificateArn) return undefined;
  return {
    arn: summary.CertificateArn,
    domainName: summary.DomainName ?? '',
    subjectAlternativeNames: [...(summary.SubjectAlternativeNameSummaries ?? [])],
    status: summary.Status ?? 'UNKNOWN',
    type: summary.Type ?? 'UNKNOWN',
    ...(summary.KeyAlgorithm ? { keyAlgorithm: summary.KeyAlgorithm } : {}),
    inUse: summary.InUse === true,
    ...(summary.RenewalEligibility ? { renewalEligibility: summary.RenewalEligibility } : {}),
    ...(summary.ManagedBy ? { managedBy: summary.ManagedBy } : {}),
    ...iso('notBefore', summary.NotBefore),
    ...iso('notAfter', summary.NotAfter),
    ...iso('createdAt', summary.CreatedAt),
    ...iso('issuedAt', summary.IssuedAt),
    ...iso('importedAt', summary.ImportedAt),
    ...iso('revokedAt', summary.RevokedAt),
  };
}
