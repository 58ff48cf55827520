import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { accountOf, offSettings, unreadable } from './common.js';

export default defineCheck({
  id: 's3_account_level_public_access_blocks',
  scanner: S3,
  reads: ['accountPublicAccessBlock', 'partitionRegion'],
  resource_type: 'AwsS3AccountPublicAccessBlock',
  title: 'S3 Block Public Access is on for the whole account',
  description:
    'The four account-level Block Public Access settings are on (S3 Control GetPublicAccessBlock).',
  severity: 'high',
  risk: 'Without the account-level guard, one permissive bucket policy or ACL is enough to publish data.',
  remediation: {
    text: 'Turn on all four Block Public Access settings for the account; grant public access, where truly needed, through CloudFront instead.',
    cli: 'aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    console: 'S3 → Block Public Access settings for this account → Edit',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
  },
  compliance: { 'cis_aws_7.0': ['3.1.4'], aws_fsbp: ['S3.1'] },
  *evaluate(snapshot, ctx) {
    const resource_id = accountOf(snapshot, ctx);
    const facet = snapshot.accountPublicAccessBlock;
    if (facet.state === 'configured') {
      const off = offSettings(facet.value);
      yield off.length === 0
        ? { resource_id, status: 'PASS', reason: 'all four account-level settings are on' }
        : { resource_id, status: 'FAIL', reason: `account-level ${off.join(', ')} off` };
    } else if (facet.state === 'none') {
      yield {
        resource_id,
        status: 'FAIL',
        reason: 'the account has no Block Public Access configuration',
      };
    } else {
      yield unreadable(resource_id, 'the account Block Public Access configuration', facet);
    }
  },
});
