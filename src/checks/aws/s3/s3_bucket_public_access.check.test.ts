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

// The S3 User Guide's public-read website policy.
const PUBLIC_READ_POLICY = configured({
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PublicReadGetObject',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::site/*',
      },
    ],
  },
});

describe('s3_bucket_public_access', () => {
  it('passes a private bucket', () => {
    expect(run(check, snapshot([bucket('private')]))[0]).toMatchObject({
      status: 'PASS',
      reason: 'private is not public',
    });
  });

  it('fails a bucket whose policy lets "*" read objects, even when S3 did not say it is public', () => {
    for (const policyStatus of [
      configured({ isPublic: null }),
      configured({ isPublic: false }),
      { state: 'error', call: 'GetBucketPolicyStatus', errorCode: 'NotImplemented' } as const,
    ]) {
      const s = snapshot([
        bucket('site', { publicAccessBlock: NONE, policy: PUBLIC_READ_POLICY, policyStatus }),
      ]);
      expect(run(check, s)[0]).toMatchObject({
        status: 'FAIL',
        reason: 'site: its policy lets anyone s3:GetObject (statement PublicReadGetObject)',
      });
    }
  });

  it('fails a bucket public through its policy and ACL when nothing blocks them', () => {
    const s = snapshot([
      bucket('site', { publicAccessBlock: NONE, policy: PUBLIC_READ_POLICY, acl: PUBLIC_READ_ACL }),
    ]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason:
        'site: its policy lets anyone s3:GetObject (statement PublicReadGetObject); its ACL grants READ to AllUsers',
    });
  });

  it('fails when S3 calls the policy public although the scanner does not', () => {
    const s = snapshot([
      bucket('b', { publicAccessBlock: NONE, policyStatus: configured({ isPublic: true }) }),
    ]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason: 'b: S3 reports its policy public (GetBucketPolicyStatus)',
    });
  });

  it('passes when the account-level block neutralises a public policy and ACL', () => {
    const s = snapshot(
      [bucket('b', { publicAccessBlock: NONE, policy: PUBLIC_READ_POLICY, acl: PUBLIC_READ_ACL })],
      configured(ALL_BLOCKED),
    );
    expect(run(check, s)[0]).toMatchObject({
      status: 'PASS',
      reason: 'b is not public (Block Public Access neutralises it)',
    });
  });

  it('reports ERROR naming the call when the policy cannot be read and nothing blocks public access', () => {
    const s = snapshot([
      bucket('b', { publicAccessBlock: NONE, policy: denied('GetBucketPolicy') }),
    ]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "b's access configuration could not be read: s3:GetBucketPolicy was denied (AccessDenied)",
    });
  });

  it('reports ERROR when the account Block Public Access is unreadable and the policy is public', () => {
    const s = snapshot(
      [bucket('b', { publicAccessBlock: NONE, policy: PUBLIC_READ_POLICY })],
      denied('S3Control.GetPublicAccessBlock'),
    );
    expect(run(check, s)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "b's access configuration could not be read: s3:GetAccountPublicAccessBlock was denied (AccessDenied)",
    });
  });
});
