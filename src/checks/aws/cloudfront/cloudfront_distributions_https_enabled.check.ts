import { defineCheck } from '../../define.js';
import {
  CLOUDFRONT,
  plainHttpBehaviors,
} from '../../../providers/aws/services/cloudfront/model.js';

export default defineCheck({
  id: 'cloudfront_distributions_https_enabled',
  scanner: CLOUDFRONT,
  reads: ['distributions'],
  resource_type: 'AwsCloudFrontDistribution',
  title: 'CloudFront distributions require HTTPS from viewers',
  description:
    'Reads the viewer protocol policy of the default and every path-pattern cache behavior (ListDistributions): allow-all fails, redirect-to-https and https-only pass.',
  severity: 'medium',
  risk: 'A behavior with allow-all serves content and accepts cookies and form posts over plain HTTP, readable and alterable by anyone on the network path.',
  remediation: {
    text: 'Set every cache behavior’s viewer protocol policy to redirect-to-https (or https-only).',
    console:
      'CloudFront → Distributions → <distribution> → Behaviors → Edit → Viewer protocol policy',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
  },
  compliance: { aws_fsbp: ['CloudFront.3'] },
  *evaluate(snapshot) {
    for (const d of snapshot.distributions) {
      const plain = plainHttpBehaviors(d);
      yield plain.length > 0
        ? {
            resource_id: d.arn,
            status: 'FAIL',
            reason: `${d.id} serves plain HTTP (allow-all) on ${plain.map((p) => (p === '*' ? 'the default behavior' : p)).join(', ')}`,
          }
        : {
            resource_id: d.arn,
            status: 'PASS',
            reason: `every cache behavior of ${d.id} requires HTTPS`,
          };
    }
  },
});
