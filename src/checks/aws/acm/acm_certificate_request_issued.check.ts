import { ACM, UNISSUED_STATUSES } from '../../../providers/aws/services/acm/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'acm_certificate_request_issued',
  scanner: ACM,
  reads: ['certificates'],
  resource_type: 'AwsCertificateManagerCertificate',
  title: 'ACM certificates are issued, not failed, pending validation or revoked',
  description:
    'The certificate’s status: ISSUED passes; FAILED, VALIDATION_TIMED_OUT, PENDING_VALIDATION and REVOKED fail. Expired and inactive certificates are judged by the expiry check.',
  severity: 'low',
  risk: 'A failed or unvalidated request leaves the domain it was meant for without the certificate it needs (a deployment waiting on it stalls); a revoked certificate is refused by clients that check revocation.',
  remediation: {
    text: 'Add the validation CNAME records of a pending request (ACM gives up after 72 hours), fix the cause a failed request names (CAA records, domain spelling) and request again, or delete the request.',
    cli: 'aws acm describe-certificate --certificate-arn ARN --query "Certificate.[FailureReason,DomainValidationOptions]"',
    console: 'Certificate Manager → Certificates → <certificate> → Domains',
    url: 'https://docs.aws.amazon.com/acm/latest/userguide/troubleshooting-failed.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const c of snapshot.certificates) {
      const label = `certificate ${c.domainName}`;
      if (c.status === 'ISSUED')
        yield { resource_id: c.arn, status: 'PASS', reason: `${label} is issued` };
      else if (UNISSUED_STATUSES.includes(c.status) || c.status === 'REVOKED')
        yield {
          resource_id: c.arn,
          status: 'FAIL',
          reason: `${label} is ${c.status}${c.createdAt ? ` (requested ${c.createdAt.slice(0, 10)})` : ''}`,
        };
    }
  },
});
