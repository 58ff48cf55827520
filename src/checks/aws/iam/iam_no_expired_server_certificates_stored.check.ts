import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { account, unavailable } from './common.js';

const day = (iso: string) => iso.slice(0, 10);

export default defineCheck({
  id: 'iam_no_expired_server_certificates_stored',
  scanner: IAM,
  reads: ['partitionRegion', 'serverCertificates'],
  resource_type: 'Other',
  title: 'No expired SSL/TLS certificate is stored in IAM',
  description: 'Every server certificate uploaded to IAM is still within its validity period.',
  severity: 'critical',
  risk: 'An expired certificate can still be attached to a load balancer or CloudFront by mistake, breaking clients and the trust they place in the site.',
  remediation: {
    text: 'Delete the expired server certificate from IAM (after moving any listener still using it to a valid certificate, preferably from ACM).',
    cli: 'aws iam delete-server-certificate --server-certificate-name CERTIFICATE_NAME',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
  },
  compliance: { 'cis_aws_7.0': ['2.17'] },
  *evaluate(snapshot, ctx) {
    const source = snapshot.serverCertificates;
    if (source.state !== 'available') {
      yield unavailable(account(snapshot, ctx), 'the server certificates', source);
      return;
    }
    for (const certificate of source.value) {
      const resource_id = certificate.arn;
      const { name, expiration } = certificate;
      if (expiration === undefined) {
        yield { resource_id, status: 'PASS', reason: `${name} has no expiration date in IAM` };
      } else if (Date.parse(expiration) <= ctx.now.getTime()) {
        yield {
          resource_id,
          status: 'FAIL',
          reason: `${name} expired on ${day(expiration)} and is still stored in IAM`,
        };
      } else {
        yield { resource_id, status: 'PASS', reason: `${name} is valid until ${day(expiration)}` };
      }
    }
  },
});
