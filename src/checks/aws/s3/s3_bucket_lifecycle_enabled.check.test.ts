import { describe, expect, it } from 'vitest';
import { bucket, denied, NONE, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './s3_bucket_lifecycle_enabled.check.js';

describe('s3_bucket_lifecycle_enabled', () => {
  it('passes a bucket configured as recommended', () => {
    expect(run(check, snapshot([bucket('good')]))[0]?.status).toBe('PASS');
  });

  it('fails naming the setting', () => {
    expect(run(check, snapshot([bucket('bad', { lifecycle: NONE })]))).toEqual([
      { resource_id: 'arn:aws:s3:::bad', status: 'FAIL', reason: 'bad: no enabled lifecycle rule' },
    ]);
  });

  it('reports ERROR naming the permission when the read was denied', () => {
    const s = snapshot([
      bucket('hidden', { lifecycle: denied('GetBucketLifecycleConfiguration') }),
    ]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "hidden's configuration could not be read: s3:GetLifecycleConfiguration was denied (AccessDenied)",
    });
  });
});
