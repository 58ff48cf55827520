import { ACM, parseKeyAlgorithm } from '../../../providers/aws/services/acm/model.js';
import { defineCheck } from '../../define.js';

const MIN_RSA_BITS = 2048;

export default defineCheck({
  id: 'acm_certificates_with_secure_key_algorithms',
  scanner: ACM,
  reads: ['certificates'],
  resource_type: 'AwsCertificateManagerCertificate',
  title: 'ACM certificates use an RSA key of at least 2,048 bits, or an EC key',
  description:
    'The key algorithm ListCertificates reports (listed for every key type): RSA keys shorter than 2,048 bits fail, EC keys pass. Failed and timed-out requests, which hold no certificate, are not judged.',
  severity: 'high',
  risk: 'An RSA key of 1,024 bits can be factored with enough computing power: whoever does can impersonate the sites the certificate serves and read their traffic.',
  remediation: {
    text: 'Replace the certificate with one on an RSA 2048+ or EC key (ACM only issues those; an imported one must be re-issued by its CA) and move its users to it.',
    cli: 'aws acm request-certificate --domain-name DOMAIN --validation-method DNS --key-algorithm EC_prime256v1',
    console: 'Certificate Manager → Request → Key algorithm',
    url: 'https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate-characteristics.html',
  },
  compliance: { aws_fsbp: ['ACM.2'] },
  *evaluate(snapshot) {
    for (const c of snapshot.certificates) {
      if (c.status === 'FAILED' || c.status === 'VALIDATION_TIMED_OUT') continue;
      const label = `certificate ${c.domainName}`;
      const key = parseKeyAlgorithm(c.keyAlgorithm);
      if (!key) {
        yield {
          resource_id: c.arn,
          status: 'ERROR',
          reason: `ListCertificates gave ${label} no known key algorithm (${c.keyAlgorithm ?? 'none'})`,
        };
        continue;
      }
      yield key.family === 'RSA' && key.bits < MIN_RSA_BITS
        ? {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `${label} has a ${key.bits}-bit RSA key (at least ${MIN_RSA_BITS} needed)`,
          }
        : {
            resource_id: c.arn,
            status: 'PASS',
            reason:
              key.family === 'RSA'
                ? `${label} has a ${key.bits}-bit RSA key`
                : `${label} has an EC key (${key.curve})`,
          };
    }
  },
});
