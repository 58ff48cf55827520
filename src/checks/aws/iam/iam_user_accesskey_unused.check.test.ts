import { describe, expect, it } from 'vitest';
import { snapshot, userRow } from './fixtures.js';
import { context, daysAgo, run } from '../testing.js';
import check from './iam_user_accesskey_unused.check.js';

const s = snapshot({
  users: [
    userRow('fresh', {
      accessKeys: [{ slot: 1, active: true, lastRotated: daysAgo(200), lastUsed: daysAgo(2) }],
    }),
    userRow('stale', {
      accessKeys: [{ slot: 1, active: true, lastRotated: daysAgo(200), lastUsed: daysAgo(60) }],
    }),
    userRow('never', { accessKeys: [{ slot: 2, active: true, lastRotated: daysAgo(50) }] }),
    userRow('inactive', { accessKeys: [{ slot: 1, active: false, lastRotated: daysAgo(900) }] }),
  ],
});

describe('iam_user_accesskey_unused', () => {
  it('passes keys used recently and users without active keys', () => {
    const results = run(check, s);
    expect(results.map((r) => r.status)).toEqual(['PASS', 'FAIL', 'FAIL', 'PASS']);
  });

  it('fails keys idle beyond 45 days, saying how long', () => {
    const results = run(check, s);
    expect(results[1]?.reason).toBe('stale: access key 1 last used 60 days ago');
    expect(results[2]?.reason).toBe('never: access key 2 never used in 50 days');
  });

  it('takes its threshold from check_config', () => {
    const ctx = context({ options: { check_config: { max_unused_credentials_days: 90 } } });
    expect(run(check, s, ctx).map((r) => r.status)).toEqual(['PASS', 'PASS', 'PASS', 'PASS']);
  });
});
