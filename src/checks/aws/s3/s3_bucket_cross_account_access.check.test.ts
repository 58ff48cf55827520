import { describe, expect, it } from 'vitest';
import type { BucketPolicy } from '../../../providers/aws/services/s3/model.js';
import { bucket, configured, denied, NONE, snapshot } from './fixtures.js';
import { context, run } from '../testing.js';
import check from './s3_bucket_cross_account_access.check.js';

// The S3 User Guide's walkthrough: the bucket owner grants another account list and read.
const CROSS_ACCOUNT = configured<BucketPolicy>({
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Example permissions',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:root' },
        Action: ['s3:GetLifecycleConfiguration', 's3:ListBucket'],
        Resource: ['arn:aws:s3:::shared'],
      },
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::123456789012:role/app' },
        Action: 's3:PutObject',
        Resource: ['arn:aws:s3:::shared/*'],
      },
    ],
  },
});

describe('s3_bucket_cross_account_access', () => {
  it('fails a policy granting an account that is not trusted, naming it and the actions', () => {
    const s = snapshot([bucket('shared', { policy: CROSS_ACCOUNT })]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason:
        "shared's policy grants s3:GetLifecycleConfiguration, s3:ListBucket to untrusted account(s) 444455556666",
    });
  });

  it('passes once the account is trusted, and for the owner’s own principals', () => {
    const s = snapshot([bucket('shared', { policy: CROSS_ACCOUNT })]);
    const ctx = context({ options: { check_config: { trusted_account_ids: ['444455556666'] } } });
    expect(run(check, s, ctx)[0]?.status).toBe('PASS');
  });

  it("trusts the organization's accounts when the scan could list them", () => {
    const s = {
      ...snapshot([bucket('shared', { policy: CROSS_ACCOUNT })]),
      organization: {
        state: 'available' as const,
        value: {
          id: 'o-a1b2c3d4e5',
          accounts: { state: 'available' as const, value: ['123456789012', '444455556666'] },
        },
      },
    };
    expect(run(check, s)[0]?.status).toBe('PASS');
  });

  it('passes a bucket without policy and is ERROR when the policy could not be read', () => {
    const s = snapshot([
      bucket('none', { policy: NONE }),
      bucket('hidden', { policy: denied('GetBucketPolicy') }),
    ]);
    expect(run(check, s)).toMatchObject([
      { status: 'PASS', reason: 'none has no bucket policy' },
      {
        status: 'ERROR',
        reason: "hidden's policy could not be read: s3:GetBucketPolicy was denied (AccessDenied)",
      },
    ]);
  });
});
