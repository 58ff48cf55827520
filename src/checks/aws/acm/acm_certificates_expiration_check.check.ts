import { ACM, daysToExpiry } from '../../../providers/aws/services/acm/model.js';
import { defineCheck } from '../../define.js';

/** Days before expiry from which a certificate fails (FSBP ACM.1's default daysToExpiration). */
const DAYS_TO_EXPIRATION = 30;

export default defineCheck({
  id: 'acm_certificates_expiration_check',
  scanner: ACM,
  reads: ['certificates'],
  resource_type: 'AwsCertificateManagerCertificate',
  title: 'ACM certificates are renewed more than 30 days before they expire',
  description:
    'Issued and expired certificates: NotAfter is more than 30 days away. ACM renews an eligible certificate it issued from 60 days before expiry, so one that fails has a renewal that does not succeed; imported certificates must be re-imported.',
  severity: 'high',
  risk: 'Once a certificate expires, clients refuse the TLS connections of every load balancer, distribution or API that serves it: an outage.',
  remediation: {
    text: 'Re-import a renewed imported certificate; for an ACM-issued one, fix its domain validation (the DNS CNAME records) so managed renewal can succeed, or request a new certificate.',
    cli: 'aws acm import-certificate --certificate-arn ARN --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem',
    console: 'Certificate Manager → Certificates → <certificate> → Renewal status',
    url: 'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html',
  },
  compliance: { aws_fsbp: ['ACM.1'] },
  *evaluate(snapshot, ctx) {
    for (const c of snapshot.certificates) {
      if (c.status !== 'ISSUED' && c.status !== 'EXPIRED') continue;
      const label = `certificate ${c.domainName} (${c.type})`;
      const days = daysToExpiry(c, ctx.now);
      if (days === undefined) {
        yield {
          resource_id: c.arn,
          status: 'ERROR',
          reason: `ListCertificates gave ${label} no expiry date (NotAfter)`,
        };
        continue;
      }
      const use = c.inUse ? 'in use' : 'not in use';
      yield days < 0
        ? {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `${label} expired ${-days} days ago (${use})`,
          }
        : days < DAYS_TO_EXPIRATION
          ? {
              resource_id: c.arn,
              status: 'FAIL',
              reason: `${label} expires in ${days} days (${use})`,
            }
          : {
              resource_id: c.arn,
              status: 'PASS',
              reason: `${label} expires in ${days} days`,
            };
    }
  },
});
