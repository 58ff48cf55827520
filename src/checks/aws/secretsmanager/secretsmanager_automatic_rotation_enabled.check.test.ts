import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, fresh, rotated, stale, stuck } from './fixtures.js';
import rotation from './secretsmanager_automatic_rotation_enabled.check.js';

describe('secretsmanager_automatic_rotation_enabled', () => {
  it('secretsmanager_automatic_rotation_enabled: passes rotating secrets, fails the others, leaves replicas to their primary', () => {
    expect(statuses(rotation, all)).toEqual({
      [rotated.arn]: 'PASS',
      [stuck.arn]: 'PASS',
      [stale.arn]: 'FAIL',
      [fresh.arn]: 'FAIL',
    });
    expect(run(rotation, all).map((r) => r.reason)).toContain(
      'secret prod/orders/db rotates automatically every 30 days',
    );
  });
});
