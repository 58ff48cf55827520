import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/index.js';
import { bucket, configured, NONE, snapshot } from './fixtures.js';
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
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-123' } },
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
});
