import { describe, expect, it } from 'vitest';
import { ALL_BLOCKED, bucket, configured, denied, NONE, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './s3_bucket_public_access.check.js';

const PUBLIC_READ_ACL = configured({
  grants: [
    {
      granteeType: 'Group',
      uri: 'http://acs.amazonaws.com/groups/global/AllUsers',
      permission: 'READ',
    },
  ],
});

describe('s3_bucket_public_access', () => {
  it('passes a private bucket', () => {
    expect(run(check, snapshot([bucket('private')]))[0]).toMatchObject({
      status: 'PASS',
      reason: 'private is not public',
    });
  });

  it('fails a bucket public through its policy and ACL when nothing blocks them', () => {
    const s = snapshot([
      bucket('site', {
        publicAccessBlock: NONE,
        policyStatus: configured({ isPublic: true }),
        acl: PUBLIC_READ_ACL,
      }),
    ]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason: 'site: its policy is public; its ACL grants READ to everyone',
    });
  });

  it('passes when the account-level block neutralises a public ACL', () => {
    const s = snapshot(
      [bucket('b', { publicAccessBlock: NONE, acl: PUBLIC_READ_ACL })],
      configured(ALL_BLOCKED),
    );
    expect(run(check, s)[0]?.status).toBe('PASS');
  });

  it('reports ERROR when the policy status cannot be read and nothing blocks public access', () => {
    const s = snapshot([
      bucket('b', { publicAccessBlock: NONE, policyStatus: denied('GetBucketPolicyStatus') }),
    ]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "b's access configuration could not be read: s3:GetBucketPolicyStatus was denied (AccessDenied)",
    });
  });
});
