import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, fresh, replica, rotated, secret, snapshot, stale, stuck } from './fixtures.js';
import unused from './secretsmanager_secret_unused.check.js';

describe('secretsmanager_secret_unused', () => {
  it('secretsmanager_secret_unused: fails secrets not retrieved in 90 days, replicas included', () => {
    expect(statuses(unused, all)).toEqual({
      [rotated.arn]: 'PASS',
      [stuck.arn]: 'PASS',
      [stale.arn]: 'FAIL',
      [fresh.arn]: 'PASS',
      [replica.arn]: 'FAIL',
    });
    expect(run(unused, snapshot([stale, replica])).map((r) => r.reason)).toEqual([
      'secret legacy/partner-key was created and never retrieved 400 days ago',
      'secret prod/orders/db-replica was last retrieved 100 days ago',
    ]);
  });

  it('secretsmanager_secret_unused: ERROR, not PASS, without any date', () => {
    const undated = secret('x', { lastAccessedAt: undefined, createdAt: undefined });
    expect(statuses(unused, snapshot([undated]))).toEqual({ [undated.arn]: 'ERROR' });
  });
});
