import { describe, expect, it } from 'vitest';
import type { BucketFacets, Facet, PublicAccessBlock } from '../services/s3/model.js';
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI, bucketPublicAccess } from './s3-access.js';

const OFF: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};
const ON: PublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};
const configured = <T>(value: T): Facet<T> => ({ state: 'configured', value });
const DENIED = (call: string) => ({ state: 'denied', call, errorCode: 'AccessDenied' }) as const;

const PUBLIC_READ = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' },
  ],
};

function facets(
  overrides: Partial<Pick<BucketFacets, 'policy' | 'acl' | 'publicAccessBlock'>> = {},
): Pick<BucketFacets, 'policy' | 'acl' | 'publicAccessBlock'> {
  return {
    policy: { state: 'none' },
    acl: configured({
      ownerId: 'owner',
      grants: [{ granteeType: 'CanonicalUser', id: 'owner', permission: 'FULL_CONTROL' }],
    }),
    publicAccessBlock: { state: 'none' },
    ...overrides,
  };
}

describe('bucketPublicAccess', () => {
  it('is public when the policy lets "*" read objects and nothing blocks it', () => {
    const access = bucketPublicAccess(facets({ policy: configured({ document: PUBLIC_READ }) }), {
      state: 'none',
    });
    expect(access).toMatchObject({
      public: true,
      reasons: ['policy_allows_anyone'],
      policyPublic: true,
      unknownInputs: [],
    });
    expect(access.publicStatements.map((s) => s.actions)).toEqual([['s3:GetObject']]);
  });

  it('is neutralised by RestrictPublicBuckets at the bucket or the account level', () => {
    const policy = configured({ document: PUBLIC_READ });
    const byAccount = bucketPublicAccess(
      facets({ policy }),
      configured({ ...OFF, restrictPublicBuckets: true }),
    );
    expect(byAccount).toMatchObject({
      public: false,
      blocked: ['policy_allows_anyone'],
      policyPublic: true,
    });
    const byBucket = bucketPublicAccess(facets({ policy, publicAccessBlock: configured(ON) }), {
      state: 'none',
    });
    expect(byBucket.public).toBe(false);
    // BlockPublicPolicy alone only refuses new public policies; the existing one still applies.
    const blockOnly = bucketPublicAccess(
      facets({ policy, publicAccessBlock: configured({ ...OFF, blockPublicPolicy: true }) }),
      { state: 'none' },
    );
    expect(blockOnly.public).toBe(true);
  });

  it('reads public ACL grants, neutralised by IgnorePublicAcls', () => {
    const acl = configured({
      grants: [
        { granteeType: 'Group', uri: ALL_USERS_URI, permission: 'READ' },
        { granteeType: 'Group', uri: AUTHENTICATED_USERS_URI, permission: 'WRITE' },
      ],
    });
    expect(bucketPublicAccess(facets({ acl }), { state: 'none' })).toMatchObject({
      public: true,
      reasons: ['acl_all_users', 'acl_authenticated_users'],
      publicAclGrants: ['READ to AllUsers', 'WRITE to AuthenticatedUsers'],
    });
    expect(
      bucketPublicAccess(facets({ acl }), configured({ ...OFF, ignorePublicAcls: true })).public,
    ).toBe(false);
  });

  it('is unknown, naming the call, when an input it needs could not be read', () => {
    const access = bucketPublicAccess(facets({ policy: DENIED('GetBucketPolicy') }), {
      state: 'none',
    });
    expect(access).toMatchObject({
      public: null,
      unknownInputs: ['GetBucketPolicy'],
      policyPublic: null,
    });
    // A public policy with the account's Block Public Access unreadable: unknown, not public.
    const blockUnknown = bucketPublicAccess(
      facets({ policy: configured({ document: PUBLIC_READ }) }),
      DENIED('S3Control.GetPublicAccessBlock'),
    );
    expect(blockUnknown).toMatchObject({
      public: null,
      unknownInputs: ['S3Control.GetPublicAccessBlock'],
    });
    // …but a bucket-level setting that blocks it settles the question.
    const settled = bucketPublicAccess(
      facets({ policy: configured({ document: PUBLIC_READ }), publicAccessBlock: configured(ON) }),
      DENIED('S3Control.GetPublicAccessBlock'),
    );
    expect(settled.public).toBe(false);
  });

  it('is private for a bucket with no policy and an owner-only ACL', () => {
    expect(bucketPublicAccess(facets(), { state: 'none' })).toMatchObject({
      public: false,
      reasons: [],
      policyPublic: false,
    });
  });
});
