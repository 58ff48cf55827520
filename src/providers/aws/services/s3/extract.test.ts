import { describe, expect, it } from 'vitest';
import type { EventDraft, JsonValue } from '../../../../core/index.js';
import { extractS3 } from './extract.js';
import { S3_METRIC } from './metrics.js';
import type { BucketFacets, BucketPolicy, Facet, PublicAccessBlock } from './model.js';

const ACCOUNT = '111122223333';
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

function events(f: BucketFacets, account: Facet<PublicAccessBlock> = none): EventDraft[] {
  const snapshot = {
    partitionRegion: 'eu-west-1',
    accountPublicAccessBlock: account,
    buckets: [{ name: 'b', region: 'eu-west-1', facets: f }],
  };
  return [...extractS3(snapshot, { accountId: ACCOUNT })];
}

function fact(list: EventDraft[], metricType: string): unknown {
  return list.find((e) => e.resource_id === 'arn:aws:s3:::b' && e.metric_type === metricType)
    ?.metric_value;
}

const policy = (...statements: JsonValue[]): Facet<BucketPolicy> =>
  configured({ document: { Version: '2012-10-17', Statement: statements } });

const PUBLIC_READ = policy({
  Sid: 'PublicReadGetObject',
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
});

describe('extractS3: public exposure', () => {
  it('calls a bucket whose policy lets "*" read objects public, from the document itself', () => {
    // GetBucketPolicyStatus gave no IsPublic: unknown, and our evaluation stands.
    const list = events(
      facets({ policy: PUBLIC_READ, policyStatus: configured({ isPublic: null }) }),
    );
    expect(fact(list, S3_METRIC.bucketPublicExposure)).toEqual({
      public: true,
      reasons: ['policy_allows_anyone'],
      blocked_by_public_access_block: [],
      unknown_inputs: [],
      public_statements: [{ sid: 'PublicReadGetObject', actions: ['s3:GetObject'] }],
    });
    expect(fact(list, S3_METRIC.bucketPolicyStatusMismatch)).toEqual({
      evaluated_public: true,
      policy_status_is_public: null,
      mismatch: null,
    });
  });

  it('records a difference with GetBucketPolicyStatus instead of hiding it', () => {
    const list = events(
      facets({ policy: PUBLIC_READ, policyStatus: configured({ isPublic: false }) }),
    );
    expect(fact(list, S3_METRIC.bucketPolicyStatusMismatch)).toEqual({
      evaluated_public: true,
      policy_status_is_public: false,
      mismatch: true,
    });
    const failed = events(
      facets({
        policy: PUBLIC_READ,
        policyStatus: {
          state: 'error',
          call: 'GetBucketPolicyStatus',
          errorCode: 'NotImplemented',
        },
      }),
    );
    expect(fact(failed, S3_METRIC.bucketPolicyStatusMismatch)).toEqual({
      evaluated_public: true,
      policy_status_is_public: null,
      policy_status_call: 'GetBucketPolicyStatus',
      policy_status_error_code: 'NotImplemented',
      mismatch: null,
    });
    // A failed GetBucketPolicyStatus no longer leaves the exposure unknown.
    expect(fact(failed, S3_METRIC.bucketPublicExposure)).toMatchObject({ public: true });
  });

  it('applies RestrictPublicBuckets from the account and says what it neutralised', () => {
    const list = events(
      facets({ policy: PUBLIC_READ, website: configured({ routingRulesCount: 0 }) }),
      configured({ ...open, restrictPublicBuckets: true }),
    );
    expect(fact(list, S3_METRIC.bucketPublicExposure)).toMatchObject({
      public: false,
      reasons: [],
      blocked_by_public_access_block: ['policy_allows_anyone'],
    });
    expect(fact(list, S3_METRIC.effectivePublicAccessBlock)).toEqual({
      block_public_acls: false,
      ignore_public_acls: false,
      block_public_policy: false,
      restrict_public_buckets: true,
      all_enabled: false,
    });
  });

  it('does not count a "*" policy restricted to a VPC endpoint, nor website hosting alone', () => {
    const restricted = policy({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
      Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
    });
    expect(
      fact(events(facets({ policy: restricted })), S3_METRIC.bucketPublicExposure),
    ).toMatchObject({ public: false, reasons: [] });
    const website = configured({ indexDocument: 'index.html', routingRulesCount: 0 });
    expect(fact(events(facets({ website })), S3_METRIC.bucketPublicExposure)).toMatchObject({
      public: false,
    });
  });

  it('names website hosting next to a public ACL grant', () => {
    const acl = configured({
      grants: [
        {
          granteeType: 'Group',
          uri: 'http://acs.amazonaws.com/groups/global/AllUsers',
          permission: 'READ',
        },
      ],
    });
    const website = configured({ indexDocument: 'index.html', routingRulesCount: 0 });
    expect(fact(events(facets({ acl, website })), S3_METRIC.bucketPublicExposure)).toMatchObject({
      public: true,
      reasons: ['acl_all_users', 'website_hosting'],
    });
  });

  it('is unknown, naming the call, when the ACL or the policy could not be read', () => {
    const acl: Facet<never> = { state: 'denied', call: 'GetBucketAcl', errorCode: 'AccessDenied' };
    const policyRead: Facet<never> = {
      state: 'error',
      call: 'GetBucketPolicy',
      errorCode: 'InternalError',
    };
    expect(
      fact(events(facets({ acl, policy: policyRead })), S3_METRIC.bucketPublicExposure),
    ).toMatchObject({
      public: null,
      unknown_inputs: ['GetBucketAcl', 'GetBucketPolicy'],
    });
  });
});

describe('extractS3: accounts a bucket policy lets in', () => {
  it('lists the other accounts, named or pinned by a condition, but not the owner', () => {
    const crossAccount = policy(
      {
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::444455556666:root', `arn:aws:iam::${ACCOUNT}:role/app`] },
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
      },
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::b/*',
        Condition: { StringEquals: { 'aws:PrincipalAccount': '777788889999' } },
      },
    );
    expect(
      fact(events(facets({ policy: crossAccount })), S3_METRIC.bucketPolicyExternalAccounts),
    ).toEqual(['444455556666', '777788889999']);
    expect(fact(events(facets({})), S3_METRIC.bucketPolicyExternalAccounts)).toBeUndefined();
  });
});
