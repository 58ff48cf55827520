import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, fresh, rotated, secret, snapshot, stale, stuck } from './fixtures.js';
import periodic from './secretsmanager_secret_rotated_periodically.check.js';

describe('secretsmanager_secret_rotated_periodically', () => {
  it('secretsmanager_secret_rotated_periodically: fails a stuck rotation and an old never-rotated secret', () => {
    expect(statuses(periodic, all)).toEqual({
      [rotated.arn]: 'PASS',
      [stuck.arn]: 'FAIL',
      [stale.arn]: 'FAIL',
      [fresh.arn]: 'PASS',
    });
    expect(run(periodic, snapshot([stuck, stale, fresh])).map((r) => r.reason)).toEqual([
      'secret prod/payments/api was rotated 120 days ago although rotation is on: its rotation does not succeed',
      'secret legacy/partner-key was created and never rotated 400 days ago',
      'secret dev/new-key was created and never rotated 5 days ago (at most 90)',
    ]);
  });

  it('secretsmanager_secret_rotated_periodically: ERROR, not PASS, without any date', () => {
    const undated = secret('x', { lastRotatedAt: undefined, createdAt: undefined });
    expect(statuses(periodic, snapshot([undated]))).toEqual({ [undated.arn]: 'ERROR' });
  });
});
