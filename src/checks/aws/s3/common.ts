import type { CheckResult } from '../../../core/index.js';
import type {
  BucketFacets,
  Facet,
  PublicAccessBlock,
  S3Bucket,
  S3Snapshot,
} from '../../../providers/aws/services/s3/model.js';
import { accountArn, bucketArn } from '../arn.js';

/** The IAM action behind each read of the S3 collector (the API name and the action differ). */
const PERMISSIONS: Record<string, string> = {
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  'S3Control.GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
  GetBucketEncryption: 's3:GetEncryptionConfiguration',
  GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
  GetObjectLockConfiguration: 's3:GetBucketObjectLockConfiguration',
  GetBucketReplication: 's3:GetReplicationConfiguration',
};

export type Unreadable = Extract<Facet<unknown>, { state: 'denied' | 'error' }>;

export function isUnreadable(facet: Facet<unknown>): facet is Unreadable {
  return facet.state === 'denied' || facet.state === 'error';
}

export function permissionOf(call: string): string {
  return PERMISSIONS[call] ?? `s3:${call}`;
}

/** ERROR naming the permission whose read failed: never a PASS on data the scan could not see. */
export function unreadable(resource_id: string, what: string, facet: Unreadable): CheckResult {
  const verb = facet.state === 'denied' ? 'was denied' : 'failed';
  return {
    resource_id,
    status: 'ERROR',
    reason: `${what} could not be read: ${permissionOf(facet.call)} ${verb} (${facet.errorCode})`,
  };
}

export const arnOf = (bucket: S3Bucket, snapshot: Pick<S3Snapshot, 'partitionRegion'>) =>
  bucketArn(bucket.name, snapshot.partitionRegion);

export const accountOf = (
  snapshot: Pick<S3Snapshot, 'partitionRegion'>,
  ctx: { accountId: string },
) => accountArn(ctx.accountId, snapshot.partitionRegion);

export const BLOCK_SETTINGS: readonly (keyof PublicAccessBlock)[] = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
];

export const SETTING_NAMES: Record<keyof PublicAccessBlock, string> = {
  blockPublicAcls: 'BlockPublicAcls',
  ignorePublicAcls: 'IgnorePublicAcls',
  blockPublicPolicy: 'BlockPublicPolicy',
  restrictPublicBuckets: 'RestrictPublicBuckets',
};

/** The settings of a Block Public Access configuration that are off. */
export function offSettings(block: PublicAccessBlock): string[] {
  return BLOCK_SETTINGS.filter((s) => !block[s]).map((s) => SETTING_NAMES[s]);
}

/** Whether a setting is on at the bucket or the account level (either is enough). */
export function blocked(
  bucket: S3Bucket,
  snapshot: Pick<S3Snapshot, 'accountPublicAccessBlock'>,
  setting: keyof PublicAccessBlock,
): boolean {
  const levels = [bucket.facets.publicAccessBlock, snapshot.accountPublicAccessBlock];
  return levels.some((f) => f.state === 'configured' && f.value[setting]);
}

type FacetValue<K extends keyof BucketFacets> = BucketFacets[K] extends Facet<infer T> ? T : never;

/**
 * One bucket's result from one configuration read: ERROR when it could not be read, otherwise what
 * `judge` says of the value (null when the bucket has no such configuration).
 */
export function bucketFacetResult<K extends keyof BucketFacets>(
  bucket: S3Bucket,
  snapshot: Pick<S3Snapshot, 'partitionRegion'>,
  facet: K,
  judge: (value: FacetValue<K> | null) => { pass: boolean; reason: string },
): CheckResult {
  const resource_id = arnOf(bucket, snapshot);
  const read = bucket.facets[facet] as Facet<FacetValue<K>>;
  if (isUnreadable(read)) return unreadable(resource_id, `${bucket.name}'s configuration`, read);
  const verdict = judge(read.state === 'configured' ? read.value : null);
  return {
    resource_id,
    status: verdict.pass ? 'PASS' : 'FAIL',
    reason: `${bucket.name}: ${verdict.reason}`,
  };
}
