import { describe, expect, it } from 'vitest';
import { snapshot, userRow } from './fixtures.js';
import { context, daysAgo, run } from '../testing.js';
import check from './iam_rotate_access_key_90_days.check.js';

const s = snapshot({
  users: [
    userRow('young', { accessKeys: [{ slot: 1, active: true, lastRotated: daysAgo(30) }] }),
    userRow('old', {
      accessKeys: [
        { slot: 1, active: true, lastRotated: daysAgo(10) },
        { slot: 2, active: true, lastRotated: daysAgo(120) },
      ],
    }),
  ],
});

describe('iam_rotate_access_key_90_days', () => {
  it('passes young keys and fails keys older than 90 days, naming the slot', () => {
    expect(run(check, s)).toMatchObject([
      { status: 'PASS' },
      { status: 'FAIL', reason: 'old: access key 2 is 120 days old' },
    ]);
  });

  it('takes the age limit from check_config', () => {
    const ctx = context({ options: { check_config: { max_access_key_age_days: 20 } } });
    expect(run(check, s, ctx).map((r) => r.status)).toEqual(['FAIL', 'FAIL']);
  });
});
