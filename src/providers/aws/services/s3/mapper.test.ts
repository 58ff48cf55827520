import { describe, expect, it } from 'vitest';
import { mapAcl, mapLifecycle, mapPolicyStatus, regionFromLocationConstraint } from './mapper.js';

describe('regionFromLocationConstraint', () => {
  it('reads the legacy answers of GetBucketLocation', () => {
    expect(regionFromLocationConstraint(undefined)).toBe('us-east-1');
    expect(regionFromLocationConstraint(null)).toBe('us-east-1');
    expect(regionFromLocationConstraint('')).toBe('us-east-1');
    expect(regionFromLocationConstraint('EU')).toBe('eu-west-1');
    expect(regionFromLocationConstraint('ap-south-1')).toBe('ap-south-1');
  });
});

describe('mapAcl', () => {
  it('keeps grantee ids and group URIs but not e-mail addresses or display names', () => {
    expect(
      mapAcl({
        $metadata: {},
        Owner: { ID: 'owner-id', DisplayName: 'ops' },
        Grants: [
          {
            Grantee: { Type: 'AmazonCustomerByEmail', EmailAddress: 'ops@example.com' },
            Permission: 'READ',
          },
          {
            Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' },
            Permission: 'WRITE',
          },
        ],
      }),
    ).toEqual({
      ownerId: 'owner-id',
      grants: [
        { granteeType: 'AmazonCustomerByEmail', permission: 'READ' },
        {
          granteeType: 'Group',
          uri: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
          permission: 'WRITE',
        },
      ],
    });
  });
});

describe('mapLifecycle', () => {
  it('describes only what enabled rules do', () => {
    expect(
      mapLifecycle({
        $metadata: {},
        Rules: [
          { ID: 'off', Status: 'Disabled', Filter: {}, Expiration: { Days: 30 } },
          {
            ID: 'mpu',
            Status: 'Enabled',
            Filter: {},
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          },
        ],
      }),
    ).toEqual({
      rulesCount: 2,
      enabledRulesCount: 1,
      expiration: false,
      transition: false,
      noncurrentVersionExpiration: false,
      abortIncompleteMultipartUpload: true,
    });
    expect(mapLifecycle({ $metadata: {}, Rules: [] })).toBeNull();
  });
});

describe('mapPolicyStatus', () => {
  it('keeps a missing IsPublic unknown, never false', () => {
    expect(mapPolicyStatus({ $metadata: {}, PolicyStatus: { IsPublic: true } })).toEqual({
      isPublic: true,
    });
    expect(mapPolicyStatus({ $metadata: {}, PolicyStatus: {} })).toEqual({ isPublic: null });
    expect(mapPolicyStatus({ $metadata: {} })).toBeNull();
  });
});
