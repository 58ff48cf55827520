import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './cloudtrail_multi_region_enabled.check.js';
import { DENIED, ELSEWHERE, REGION_SCOPE, snapshot, trail } from './fixtures.js';

describe('cloudtrail_multi_region_enabled', () => {
  it('passes in the home region of a logging multi-region trail with all management events', () => {
    expect(run(check, snapshot([trail()]))).toEqual([
      {
        resource_id: REGION_SCOPE,
        status: 'PASS',
        reason: 'trail audit: multi-region, logging, all management events',
      },
    ]);
  });

  it('passes when one of several multi-region trails qualifies', () => {
    const stopped = trail({
      name: 'old',
      status: { state: 'available', value: { isLogging: false } },
    });
    expect(run(check, snapshot([stopped, trail()]))[0]!.status).toBe('PASS');
  });

  it('fails where no multi-region trail records the region', () => {
    const regional = trail({ multiRegion: false });
    expect(run(check, snapshot([regional]))).toEqual([
      {
        resource_id: REGION_SCOPE,
        status: 'FAIL',
        reason: 'no multi-region trail records eu-west-3',
      },
    ]);
  });

  it('fails a stopped trail, and one recording writes only', () => {
    const stopped = trail({ status: { state: 'available', value: { isLogging: false } } });
    expect(run(check, snapshot([stopped]))[0]).toMatchObject({
      status: 'FAIL',
      reason: 'trail audit: logging is stopped',
    });
    const writesOnly = trail({
      selectors: {
        state: 'available',
        value: {
          management: { read: false, write: true },
          s3ObjectsAllBuckets: { read: false, write: false },
          s3ObjectsSomeBuckets: false,
        },
      },
    });
    expect(run(check, snapshot([writesOnly]))[0]).toMatchObject({
      status: 'FAIL',
      reason: 'trail audit: records management events, not read',
    });
  });

  it('leaves a region that only sees a trail homed elsewhere to that trail’s home region', () => {
    expect(run(check, snapshot([], ELSEWHERE))).toEqual([]);
  });

  it('reports ERROR naming the permission when the trail status was denied', () => {
    expect(run(check, snapshot([trail({ status: DENIED })]))).toEqual([
      {
        resource_id: REGION_SCOPE,
        status: 'ERROR',
        reason:
          'the status of trail audit could not be read: cloudtrail:GetTrailStatus was denied (AccessDeniedException)',
      },
    ]);
  });
});
