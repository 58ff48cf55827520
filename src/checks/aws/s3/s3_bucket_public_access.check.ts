import type { S3Snapshot } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { arnOf, blocked, isUnreadable, unreadable } from './common.js';

const PUBLIC_GROUPS: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'everyone',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'any AWS account',
};

export default defineCheck<S3Snapshot>({
  id: 's3_bucket_public_access',
  provider: 'aws',
  service: 's3',
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets are not publicly accessible',
  description:
    'Neither the bucket policy (GetBucketPolicyStatus) nor the ACL grants access to everyone, unless Block Public Access (bucket or account) neutralises it.',
  severity: 'critical',
  risk: 'A public bucket exposes its objects (or lets anyone write them) to the whole internet.',
  remediation: {
    text: 'Remove the public ACL grants and the policy statements open to "*", then turn on Block Public Access.',
    cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  compliance: { aws_fsbp: ['S3.2', 'S3.3'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      const resource_id = arnOf(bucket, snapshot);
      const { acl, policyStatus } = bucket.facets;
      const exposures: string[] = [];
      const unread = [];
      if (!blocked(bucket, snapshot, 'restrictPublicBuckets')) {
        if (policyStatus.state === 'configured' && policyStatus.value.isPublic)
          exposures.push('its policy is public');
        else if (isUnreadable(policyStatus)) unread.push(policyStatus);
      }
      if (!blocked(bucket, snapshot, 'ignorePublicAcls')) {
        if (acl.state === 'configured') {
          for (const grant of acl.value.grants) {
            const who = grant.uri ? PUBLIC_GROUPS[grant.uri] : undefined;
            if (who) exposures.push(`its ACL grants ${grant.permission} to ${who}`);
          }
        } else if (isUnreadable(acl)) unread.push(acl);
      }
      const first = unread[0];
      if (exposures.length > 0)
        yield { resource_id, status: 'FAIL', reason: `${bucket.name}: ${exposures.join('; ')}` };
      else if (first) yield unreadable(resource_id, `${bucket.name}'s access configuration`, first);
      else yield { resource_id, status: 'PASS', reason: `${bucket.name} is not public` };
    }
  },
});
