import { CLOUDFRONT } from '../../../providers/aws/services/cloudfront/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'cloudfront_distributions_s3_origin_access_control',
  scanner: CLOUDFRONT,
  reads: ['distributions'],
  resource_type: 'AwsCloudFrontDistribution',
  title: 'CloudFront S3 origins use origin access control',
  description:
    'Each S3 REST origin (S3OriginConfig) must name an origin access control; a legacy origin access identity, or neither, fails. Distributions without S3 origins are not reported (S3 website endpoints are custom origins and cannot use OAC).',
  severity: 'medium',
  risk: 'Without origin access control the bucket must be readable by anyone (or by a legacy identity that cannot sign SSE-KMS requests or new-region requests): viewers can bypass CloudFront, its WAF and its logging.',
  remediation: {
    text: 'Create an origin access control, attach it to the S3 origin, and let the bucket policy allow cloudfront.amazonaws.com with aws:SourceArn set to the distribution; then remove the OAI and public access.',
    cli: 'aws cloudfront create-origin-access-control --origin-access-control-config Name=site,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
  },
  compliance: { aws_fsbp: ['CloudFront.13'] },
  *evaluate(snapshot) {
    for (const d of snapshot.distributions) {
      const s3 = d.origins.filter((o) => o.kind === 's3');
      if (s3.length === 0) continue;
      const problems = s3
        .filter((o) => !o.originAccessControlId)
        .map(
          (o) =>
            `${o.id} (${o.originAccessIdentity ? 'legacy origin access identity' : 'no access control: the bucket must be public'})`,
        );
      yield problems.length > 0
        ? {
            resource_id: d.arn,
            status: 'FAIL',
            reason: `${d.id}: S3 origin without origin access control: ${problems.join(', ')}`,
          }
        : {
            resource_id: d.arn,
            status: 'PASS',
            reason: `every S3 origin of ${d.id} uses origin access control`,
          };
    }
  },
});
