import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './cloudtrail_s3_dataevents_read_enabled.check.js';
import { ELSEWHERE, REGION_SCOPE, snapshot, trail } from './fixtures.js';

const KIND: string = 'read';
const selectors = (all: { read: boolean; write: boolean }, some: boolean) =>
  ({
    state: 'available',
    value: {
      management: { read: true, write: true },
      s3ObjectsAllBuckets: all,
      s3ObjectsSomeBuckets: some,
    },
  }) as const;

describe('cloudtrail_s3_dataevents_read_enabled', () => {
  it('passes when a multi-region trail records object reads for all buckets', () => {
    const only = { read: KIND === 'read', write: KIND === 'write' };
    expect(run(check, snapshot([trail({ selectors: selectors(only, false) })]))).toEqual([
      {
        resource_id: REGION_SCOPE,
        status: 'PASS',
        reason: `trail audit: records S3 object ${KIND}s for all buckets`,
      },
    ]);
  });

  it('fails when only some buckets, or the other half, are recorded', () => {
    const other = { read: KIND !== 'read', write: KIND !== 'write' };
    expect(run(check, snapshot([trail({ selectors: selectors(other, true) })]))[0]).toMatchObject({
      resource_id: REGION_SCOPE,
      status: 'FAIL',
    });
    expect(
      run(
        check,
        snapshot([trail({ selectors: selectors({ read: false, write: false }, false) })]),
      )[0],
    ).toMatchObject({
      status: 'FAIL',
      reason: `trail audit: records no S3 object ${KIND} events`,
    });
  });

  it('fails without any multi-region trail, and defers to the home region of one elsewhere', () => {
    expect(run(check, snapshot([]))[0]!.status).toBe('FAIL');
    expect(run(check, snapshot([], ELSEWHERE))).toEqual([]);
  });

  it('reports ERROR when the event selectors were denied', () => {
    const denied = trail({
      selectors: {
        state: 'denied',
        action: 'cloudtrail:GetEventSelectors',
        errorCode: 'AccessDeniedException',
      },
    });
    expect(run(check, snapshot([denied]))[0]).toMatchObject({
      status: 'ERROR',
      reason: expect.stringContaining('cloudtrail:GetEventSelectors was denied'),
    });
  });
});
