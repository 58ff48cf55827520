import { CLOUDFRONT } from '../../../providers/aws/services/cloudfront/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'cloudfront_distributions_waf_enabled',
  scanner: CLOUDFRONT,
  reads: ['distributions'],
  resource_type: 'AwsCloudFrontDistribution',
  title: 'CloudFront distributions are protected by AWS WAF',
  description:
    'The distribution names a web ACL (WebACLId, WAFv2 or WAF Classic) in ListDistributions.',
  severity: 'medium',
  risk: 'Without a web ACL, injection attempts, credential stuffing, scrapers and request floods reach the origin unfiltered.',
  remediation: {
    text: 'Create a WAFv2 web ACL in the CLOUDFRONT scope (us-east-1) with the AWS managed rule groups and associate it with the distribution.',
    console:
      'CloudFront → Distributions → <distribution> → Security → Edit → Enable security protections',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html',
  },
  compliance: { aws_fsbp: ['CloudFront.6'] },
  *evaluate(snapshot) {
    for (const d of snapshot.distributions) {
      yield d.webAclId
        ? { resource_id: d.arn, status: 'PASS', reason: `${d.id} is protected by ${d.webAclId}` }
        : { resource_id: d.arn, status: 'FAIL', reason: `${d.id} has no WAF web ACL` };
    }
  },
});
