import { bucketPublicAccess } from '../../../providers/aws/policy/s3-access.js';
import {
  S3,
  type BucketFacets,
  type S3Snapshot,
} from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { arnOf, isUnreadable, unreadable, type Unreadable } from './common.js';

/** The facet (bucket-level, or the account's Block Public Access) behind an unknown input. */
function unreadInput(
  facets: BucketFacets,
  snapshot: Pick<S3Snapshot, 'accountPublicAccessBlock'>,
  call: string,
): Unreadable | undefined {
  const candidates = [...Object.values(facets), snapshot.accountPublicAccessBlock];
  return candidates.find((f): f is Unreadable => isUnreadable(f) && f.call === call);
}

export default defineCheck({
  id: 's3_bucket_public_access',
  scanner: S3,
  reads: [
    'accountPublicAccessBlock',
    'buckets.policy',
    'buckets.policyStatus',
    'buckets.acl',
    'buckets.publicAccessBlock',
    'partitionRegion',
  ],
  resource_type: 'AwsS3Bucket',
  title: 'S3 buckets are not publicly accessible',
  description:
    'Neither the bucket policy (evaluated by the scanner: a "*" principal without a condition pinning accounts, organizations or networks) nor the ACL grants access to everyone, unless Block Public Access (bucket or account: RestrictPublicBuckets, IgnorePublicAcls) neutralises it. S3\'s GetBucketPolicyStatus is a cross-check: when it calls the policy public, so does this check.',
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
      const f = bucket.facets;
      const access = bucketPublicAccess(f, snapshot.accountPublicAccessBlock);
      const exposures: string[] = [];
      if (access.reasons.includes('policy_allows_anyone')) {
        for (const s of access.publicStatements) {
          const which = s.sid ? `statement ${s.sid}` : `statement ${s.index + 1}`;
          exposures.push(`its policy lets anyone ${s.actions.join(', ')} (${which})`);
        }
      }
      if (access.reasons.some((r) => r.startsWith('acl_'))) {
        for (const grant of access.publicAclGrants) exposures.push(`its ACL grants ${grant}`);
      }
      const statusSaysPublic =
        f.policyStatus.state === 'configured' &&
        f.policyStatus.value.isPublic === true &&
        access.policyPublic === false &&
        access.block.restrictPublicBuckets !== true;
      if (statusSaysPublic) exposures.push('S3 reports its policy public (GetBucketPolicyStatus)');

      if (exposures.length > 0) {
        yield { resource_id, status: 'FAIL', reason: `${bucket.name}: ${exposures.join('; ')}` };
        continue;
      }
      const unknownCall = access.unknownInputs[0];
      const unread = unknownCall === undefined ? undefined : unreadInput(f, snapshot, unknownCall);
      if (access.public === null && unread !== undefined) {
        yield unreadable(resource_id, `${bucket.name}'s access configuration`, unread);
      } else if (access.public === null) {
        yield {
          resource_id,
          status: 'ERROR',
          reason: `${bucket.name}'s access configuration could not be read (${access.unknownInputs.join(', ')})`,
        };
      } else {
        const blocked = access.blocked.length > 0 ? ' (Block Public Access neutralises it)' : '';
        yield { resource_id, status: 'PASS', reason: `${bucket.name} is not public${blocked}` };
      }
    }
  },
});
