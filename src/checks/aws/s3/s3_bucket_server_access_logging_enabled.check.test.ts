import { describe, expect, it } from 'vitest';
import { bucket, denied, NONE, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './s3_bucket_server_access_logging_enabled.check.js';

describe('s3_bucket_server_access_logging_enabled', () => {
  it('passes a bucket configured as recommended', () => {
    expect(run(check, snapshot([bucket('good')]))[0]?.status).toBe('PASS');
  });

  it('fails naming the setting', () => {
    expect(run(check, snapshot([bucket('bad', { logging: NONE })]))).toEqual([
      {
        resource_id: 'arn:aws:s3:::bad',
        status: 'FAIL',
        reason: 'bad: server access logging is off',
      },
    ]);
  });

  it('reports ERROR naming the permission when the read was denied', () => {
    const s = snapshot([bucket('hidden', { logging: denied('GetBucketLogging') })]);
    expect(run(check, s)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "hidden's configuration could not be read: s3:GetBucketLogging was denied (AccessDenied)",
    });
  });
});
