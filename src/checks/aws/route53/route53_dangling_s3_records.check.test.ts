import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import {
  BUCKETS,
  danglingS3,
  DENIED,
  internal,
  ownS3,
  privateS3,
  snapshot,
  sound,
  zone,
} from './fixtures.js';
import dangling from './route53_dangling_s3_records.check.js';

describe('route53_dangling_s3_records', () => {
  it('passes a public zone whose S3 records name its own buckets, fails one naming a missing or foreign bucket, skips zones without S3 records and private zones', () => {
    const results = run(
      dangling,
      snapshot([sound, internal, ownS3, danglingS3, privateS3], undefined, BUCKETS),
    );
    expect(Object.fromEntries(results.map((r) => [r.resource_id, r.status]))).toEqual({
      [ownS3.arn]: 'PASS',
      [danglingS3.arn]: 'FAIL',
    });
    expect(results.map((r) => r.reason)).toEqual([
      "zone example.com. has 2 records pointing at S3, all at the account's own buckets: static.example.com. (CNAME → bucket static.example.com), cdn.example.com. (CNAME → bucket acme-assets)",
      'public zone example.org. has 2 records pointing at S3 buckets the account does not own: old.example.org. (ALIAS → bucket old.example.org), files.example.org. (CNAME → bucket someone-elses)',
    ]);
  });

  it('fails when the account has no bucket at all', () => {
    expect(
      statuses(dangling, snapshot([danglingS3], undefined, { state: 'available', value: [] })),
    ).toEqual({ [danglingS3.arn]: 'FAIL' });
  });

  it('is ERROR naming s3:ListBuckets when it is denied or failed, never PASS', () => {
    const denied = run(
      dangling,
      snapshot([sound, ownS3, danglingS3], undefined, DENIED('s3:ListBuckets')),
    );
    expect(denied.map((r) => [r.resource_id, r.status])).toEqual([
      [ownS3.arn, 'ERROR'],
      [danglingS3.arn, 'ERROR'],
    ]);
    expect(denied[0]!.reason).toBe(
      'the buckets the records of zone example.com. point at could not be read: s3:ListBuckets was denied (AccessDenied) — not authorized to perform this action',
    );
    const failed = run(
      dangling,
      snapshot([ownS3], undefined, {
        state: 'failed',
        action: 's3:ListBuckets',
        errorCode: 'InternalError',
        httpStatus: 500,
      }),
    );
    expect(failed.map((r) => r.status)).toEqual(['ERROR']);
    expect(failed[0]!.reason).toContain('s3:ListBuckets failed (InternalError)');
    expect(statuses(dangling, snapshot([ownS3]))).toEqual({ [ownS3.arn]: 'ERROR' });
  });

  it('is ERROR when the records of a public zone could not be read', () => {
    const unread = zone('Z6666666666', 'example.net.', {
      records: DENIED('route53:ListResourceRecordSets'),
    });
    const results = run(dangling, snapshot([unread], undefined, BUCKETS));
    expect(results.map((r) => [r.resource_id, r.status])).toEqual([[unread.arn, 'ERROR']]);
    expect(results[0]!.reason).toContain('route53:ListResourceRecordSets was denied');
  });
});
