import { describe, expect, it } from 'vitest';
import { effectivePublicAccessBlock, publicExposure } from './extract.js';
import type { JsonValue } from '../../../../core/index.js';
import type { BucketFacets, BucketPolicy, Facet, PublicAccessBlock } from './model.js';

const none = { state: 'none' } as const;
const open: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};
const configured = <T>(value: T): Facet<T> => ({ state: 'configured', value });

function facets(overrides: Partial<BucketFacets>): BucketFacets {
  return {
    policy: none,
    policyStatus: none,
    acl: configured({ ownerId: 'owner', grants: [] }),
    publicAccessBlock: none,
    encryption: none,
    versioning: none,
    logging: none,
    lifecycle: none,
    objectLock: none,
    ownershipControls: none,
    website: none,
    replication: none,
    tags: none,
    ...overrides,
  };
}

function exposure(f: BucketFacets, account: Facet<PublicAccessBlock> = none) {
  return publicExposure(f, account, effectivePublicAccessBlock(f.publicAccessBlock, account));
}

const policy = (statement: JsonValue): Facet<BucketPolicy> =>
  configured({ document: { Version: '2012-10-17', Statement: [statement] } });

describe('effectivePublicAccessBlock', () => {
  it('turns a setting on when either level does', () => {
    expect(
      effectivePublicAccessBlock(
        configured({ ...open, blockPublicAcls: true }),
        configured({ ...open, restrictPublicBuckets: true }),
      ),
    ).toEqual({
      block_public_acls: true,
      ignore_public_acls: false,
      block_public_policy: false,
      restrict_public_buckets: true,
    });
  });

  it('is unknown only when a level is unreadable and the other leaves the setting off', () => {
    const denied: Facet<PublicAccessBlock> = {
      state: 'denied',
      call: 'GetPublicAccessBlock',
      errorCode: 'AccessDenied',
    };
    expect(
      effectivePublicAccessBlock(denied, configured({ ...open, ignorePublicAcls: true })),
    ).toEqual({
      block_public_acls: null,
      ignore_public_acls: true,
      block_public_policy: null,
      restrict_public_buckets: null,
    });
  });
});

describe('publicExposure', () => {
  it('counts an ACL grant to any authenticated AWS user as public', () => {
    const acl = configured({
      grants: [
        {
          granteeType: 'Group',
          uri: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
          permission: 'READ',
        },
      ],
    });
    expect(exposure(facets({ acl }))).toEqual({
      public: true,
      reasons: ['acl_authenticated_users'],
      unknownInputs: [],
    });
  });

  it('ignores public ACL grants that IgnorePublicAcls neutralises', () => {
    const acl = configured({
      grants: [
        {
          granteeType: 'Group',
          uri: 'http://acs.amazonaws.com/groups/global/AllUsers',
          permission: 'READ',
        },
      ],
    });
    const block = configured({ ...open, ignorePublicAcls: true });
    expect(exposure(facets({ acl, publicAccessBlock: block })).public).toBe(false);
  });

  it('does not count a "*" policy restricted to a VPC endpoint', () => {
    const restricted = policy({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::internal/*',
      Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
    });
    expect(
      exposure(facets({ policy: restricted, policyStatus: configured({ isPublic: false }) })),
    ).toEqual({ public: false, reasons: [], unknownInputs: [] });
  });

  it('does not call website hosting alone public', () => {
    const website = configured({ indexDocument: 'index.html', routingRulesCount: 0 });
    expect(exposure(facets({ website })).public).toBe(false);
  });

  it('is unknown, naming the call, when the ACL or the policy could not be read', () => {
    const acl: Facet<never> = { state: 'denied', call: 'GetBucketAcl', errorCode: 'AccessDenied' };
    const policyStatus: Facet<never> = {
      state: 'error',
      call: 'GetBucketPolicyStatus',
      errorCode: 'InternalError',
    };
    expect(exposure(facets({ acl, policyStatus }))).toEqual({
      public: null,
      reasons: [],
      unknownInputs: ['GetBucketAcl', 'GetBucketPolicyStatus'],
    });
  });
});
