import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/index.js';
import { ALL_BLOCKED, bucket, configured, denied, NONE, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './s3_bucket_policy_public_write_access.check.js';

const policy = (statement: { [key: string]: JsonValue }) =>
  configured({ document: { Statement: [statement] } });

describe('s3_bucket_policy_public_write_access', () => {
  it('passes public reads and writes limited by a condition', () => {
    const s = snapshot([
      bucket('read', {
        publicAccessBlock: NONE,
        policy: policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }),
      }),
      bucket('org', {
        publicAccessBlock: NONE,
        policy: policy({
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:PutObject',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        }),
      }),
    ]);
    expect(run(check, s).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails a policy letting anyone put or delete objects', () => {
    const s = snapshot([
      bucket('drop', {
        publicAccessBlock: NONE,
        policy: policy({
          Effect: 'Allow',
          Principal: '*',
          Action: ['s3:PutObject', 's3:DeleteObject'],
          Resource: '*',
        }),
      }),
    ]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason: "drop's policy allows s3:PutObject, s3:DeleteObject to anyone",
    });
  });

  it('passes a public write that RestrictPublicBuckets neutralises, and is ERROR when that is unknown', () => {
    const writable = policy({
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 's3:*',
      Resource: '*',
    });
    const blocked = snapshot(
      [bucket('b', { publicAccessBlock: NONE, policy: writable })],
      configured(ALL_BLOCKED),
    );
    expect(run(check, blocked)[0]?.status).toBe('PASS');
    const unknown = snapshot(
      [bucket('b', { publicAccessBlock: NONE, policy: writable })],
      denied('S3Control.GetPublicAccessBlock'),
    );
    expect(run(check, unknown)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "b's Block Public Access could not be read: s3:GetAccountPublicAccessBlock was denied (AccessDenied)",
    });
    const open = snapshot([bucket('b', { publicAccessBlock: NONE, policy: writable })]);
    expect(run(check, open)[0]).toMatchObject({
      status: 'FAIL',
      reason: "b's policy allows s3:* to anyone",
    });
  });
});
