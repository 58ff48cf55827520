import type {
  BucketFacets,
  Facet,
  S3Bucket,
  S3Snapshot,
} from '../../../providers/aws/services/s3/model.js';

export const configured = <T>(value: T): Facet<T> => ({ state: 'configured', value });
export const NONE = { state: 'none' } as const;
export const denied = (call: string) =>
  ({ state: 'denied', call, errorCode: 'AccessDenied' }) as const;

export const ALL_BLOCKED = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

export const TLS_ONLY_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

/** A bucket configured the way the checks want it; tests override one facet at a time. */
export function bucket(name: string, facets: Partial<BucketFacets> = {}): S3Bucket {
  return {
    name,
    region: 'eu-west-3',
    creationDate: '2025-01-01T00:00:00.000Z',
    facets: {
      policy: configured({ document: TLS_ONLY_POLICY }),
      policyStatus: configured({ isPublic: false }),
      acl: configured({
        ownerId: 'owner',
        grants: [{ granteeType: 'CanonicalUser', id: 'owner', permission: 'FULL_CONTROL' }],
      }),
      publicAccessBlock: configured(ALL_BLOCKED),
      encryption: configured({
        rules: [{ algorithm: 'aws:kms', kmsKeyId: 'alias/data', bucketKeyEnabled: true }],
      }),
      versioning: configured({ status: 'Enabled', mfaDelete: 'Enabled' }),
      logging: configured({ targetBucket: 'logs', targetPrefix: `${name}/` }),
      lifecycle: configured({
        rulesCount: 1,
        enabledRulesCount: 1,
        expiration: true,
        transition: false,
        noncurrentVersionExpiration: true,
        abortIncompleteMultipartUpload: true,
      }),
      objectLock: configured({ enabled: true, mode: 'GOVERNANCE', days: 30 }),
      ownershipControls: configured({ objectOwnership: 'BucketOwnerEnforced' }),
      website: NONE,
      replication: NONE,
      tags: configured({}),
      ...facets,
    },
  };
}

export function snapshot(
  buckets: S3Bucket[],
  account: S3Snapshot['accountPublicAccessBlock'] = NONE,
): S3Snapshot {
  return { partitionRegion: 'eu-west-3', accountPublicAccessBlock: account, buckets };
}

export const arnOf = (name: string) => `arn:aws:s3:::${name}`;
