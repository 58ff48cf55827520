import { CLOUDFRONT } from '../../../providers/aws/services/cloudfront/model.js';
import { defineCheck } from '../../define.js';

/** The viewer security policies AWS recommends (FSBP CloudFront.15): TLS 1.2+ with 2025 ciphers. */
const RECOMMENDED = ['TLSv1.2_2025', 'TLSv1.3_2025'];

export default defineCheck({
  id: 'cloudfront_distributions_tls_policy_secure',
  scanner: CLOUDFRONT,
  reads: ['distributions'],
  resource_type: 'AwsCloudFrontDistribution',
  title: 'CloudFront distributions use a recommended viewer TLS policy',
  description:
    'Reads the viewer certificate’s minimum protocol version: TLSv1.2_2025 and TLSv1.3_2025 pass. A distribution on the default *.cloudfront.net certificate fails: viewers may then negotiate TLSv1, and no policy can be set without a certificate of its own.',
  severity: 'medium',
  risk: 'Older policies let viewers negotiate TLS 1.0/1.1 or weak CBC cipher suites, which downgrade and padding-oracle attacks exploit.',
  remediation: {
    text: 'Attach an ACM certificate (us-east-1) with SNI and choose the TLSv1.2_2025 security policy (TLSv1.3_2025 when every client supports TLS 1.3).',
    console:
      'CloudFront → Distributions → <distribution> → General → Settings → Edit → Security policy',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html',
  },
  compliance: { aws_fsbp: ['CloudFront.15'] },
  *evaluate(snapshot) {
    for (const d of snapshot.distributions) {
      const cert = d.viewerCertificate;
      if (cert.cloudFrontDefault) {
        yield {
          resource_id: d.arn,
          status: 'FAIL',
          reason: `${d.id} uses the default *.cloudfront.net certificate, which accepts TLSv1`,
        };
        continue;
      }
      const policy = cert.minimumProtocolVersion ?? 'TLSv1';
      yield RECOMMENDED.includes(policy)
        ? { resource_id: d.arn, status: 'PASS', reason: `${d.id} requires ${policy}` }
        : {
            resource_id: d.arn,
            status: 'FAIL',
            reason: `${d.id} allows viewers ${policy} (recommended: ${RECOMMENDED.join(' or ')})`,
          };
    }
  },
});
