import { describe, expect, it } from 'vitest';
import { bucket, configured, denied, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './s3_bucket_acl_prohibited.check.js';

describe('s3_bucket_acl_prohibited', () => {
  it('passes a bucket configured as recommended', () => {
    expect(run(check, snapshot([bucket('good')]))[0]?.status).toBe('PASS');
  });

  it('fails naming the setting', () => {
    expect(
      run(
        check,
        snapshot([
          bucket('bad', { ownershipControls: configured({ objectOwnership: 'ObjectWriter' }) }),
        ]),
      ),
    ).toEqual([
      {
        resource_id: 'arn:aws:s3:::bad',
        status: 'FAIL',
        reason: 'bad: Object Ownership is ObjectWriter',
      },
    ]);
  });

  it('reports ERROR naming the permission when the read was denied', () => {
    const s = snapshot([
      bucket('hidden', { ownershipControls: denied('GetBucketOwnershipControls') }),
    ]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "hidden's configuration could not be read: s3:GetBucketOwnershipControls was denied (AccessDenied)",
    });
  });
});
