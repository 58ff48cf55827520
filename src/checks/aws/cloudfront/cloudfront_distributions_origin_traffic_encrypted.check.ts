import { defineCheck } from '../../define.js';
import {
  CLOUDFRONT,
  type Distribution,
  plainHttpBehaviors,
} from '../../../providers/aws/services/cloudfront/model.js';

const DEPRECATED = ['SSLv3', 'TLSv1', 'TLSv1.1'];

function originProblems(d: Distribution): string[] {
  const viewerPlain = plainHttpBehaviors(d).length > 0;
  return d.origins
    .filter((o) => o.kind === 'custom')
    .flatMap((o) => {
      const out: string[] = [];
      if (o.originProtocolPolicy === 'http-only') out.push(`${o.id} is reached over HTTP only`);
      else if (o.originProtocolPolicy === 'match-viewer' && viewerPlain)
        out.push(`${o.id} is reached over HTTP when viewers use HTTP (match-viewer)`);
      const weak = o.originSslProtocols.filter((p) => DEPRECATED.includes(p));
      if (o.originProtocolPolicy !== 'http-only' && weak.length > 0)
        out.push(`${o.id} allows ${weak.join(', ')}`);
      return out;
    });
}

export default defineCheck({
  id: 'cloudfront_distributions_origin_traffic_encrypted',
  scanner: CLOUDFRONT,
  reads: ['distributions'],
  resource_type: 'AwsCloudFrontDistribution',
  title: 'CloudFront reaches custom origins over modern TLS',
  description:
    'For each custom origin: the origin protocol policy is not http-only (nor match-viewer behind a behavior that allows HTTP), and its origin SSL protocols exclude SSLv3, TLSv1 and TLSv1.1. Distributions with only S3 origins are not reported.',
  severity: 'medium',
  risk: 'Between the edge and the origin the request crosses the internet: over HTTP or a deprecated TLS version its content, cookies and authorization headers can be read or altered.',
  remediation: {
    text: 'Set the origin protocol policy to https-only and the origin SSL protocols to TLSv1.2 only.',
    console:
      'CloudFront → Distributions → <distribution> → Origins → Edit → Protocol / Minimum origin SSL protocol',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html',
  },
  compliance: { aws_fsbp: ['CloudFront.9', 'CloudFront.10'] },
  *evaluate(snapshot) {
    for (const d of snapshot.distributions) {
      if (!d.origins.some((o) => o.kind === 'custom')) continue;
      const problems = originProblems(d);
      yield problems.length > 0
        ? { resource_id: d.arn, status: 'FAIL', reason: `${d.id}: ${problems.join('; ')}` }
        : {
            resource_id: d.arn,
            status: 'PASS',
            reason: `${d.id} reaches its custom origins over TLS 1.2+`,
          };
    }
  },
});
