import { describe, expect, it } from 'vitest';
import { bucket, configured, denied, NONE, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './s3_bucket_secure_transport_policy.check.js';

describe('s3_bucket_secure_transport_policy', () => {
  it('passes a policy denying requests without TLS', () => {
    expect(run(check, snapshot([bucket('tls')]))[0]?.status).toBe('PASS');
  });

  it('passes a policy denying old TLS versions', () => {
    const doc = {
      Statement: {
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: '*',
        Resource: '*',
        Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } },
      },
    };
    expect(
      run(check, snapshot([bucket('b', { policy: configured({ document: doc }) })]))[0]?.status,
    ).toBe('PASS');
  });

  it('fails without a policy, or with one that only allows HTTPS', () => {
    const allowOnly = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
      ],
    };
    const s = snapshot([
      bucket('none', { policy: NONE }),
      bucket('allow', { policy: configured({ document: allowOnly }) }),
    ]);
    expect(run(check, s)).toMatchObject([
      { status: 'FAIL', reason: 'none has no bucket policy' },
      { status: 'FAIL', reason: "allow's policy has no Deny on aws:SecureTransport false" },
    ]);
  });

  it('reports ERROR naming s3:GetBucketPolicy when the policy read is denied', () => {
    const s = snapshot([bucket('b', { policy: denied('GetBucketPolicy') })]);
    expect(run(check, s)[0]?.reason).toBe(
      "b's policy could not be read: s3:GetBucketPolicy was denied (AccessDenied)",
    );
  });
});
