import { describe, expect, it } from 'vitest';
import { ALL_BLOCKED, arnOf, bucket, configured, denied, NONE, snapshot } from './fixtures.js';
import { run, statuses } from '../testing.js';
import check from './s3_bucket_level_public_access_block.check.js';

describe('s3_bucket_level_public_access_block', () => {
  it('passes a bucket blocked at its own level, or covered by the account', () => {
    const s = snapshot(
      [bucket('own'), bucket('covered', { publicAccessBlock: NONE })],
      configured(ALL_BLOCKED),
    );
    expect(statuses(check, s)).toEqual({ [arnOf('own')]: 'PASS', [arnOf('covered')]: 'PASS' });
  });

  it('fails naming the settings off at both levels', () => {
    const s = snapshot([
      bucket('open', {
        publicAccessBlock: configured({ ...ALL_BLOCKED, ignorePublicAcls: false }),
      }),
    ]);
    expect(run(check, s)[0]?.reason).toBe('open: IgnorePublicAcls off at bucket and account level');
  });

  it('reports ERROR, not FAIL, when the bucket setting could not be read', () => {
    const s = snapshot([bucket('hidden', { publicAccessBlock: denied('GetPublicAccessBlock') })]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "hidden's Block Public Access could not be read: s3:GetBucketPublicAccessBlock was denied (AccessDenied)",
    });
  });
});
