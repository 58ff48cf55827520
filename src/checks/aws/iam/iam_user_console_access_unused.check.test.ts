import { describe, expect, it } from 'vitest';
import { snapshot, userRow } from './fixtures.js';
import { daysAgo, run } from '../testing.js';
import check from './iam_user_console_access_unused.check.js';

describe('iam_user_console_access_unused', () => {
  it('passes recent sign-ins and users without a password; fails dormant passwords', () => {
    const s = snapshot({
      users: [
        userRow('active', { passwordEnabled: true, passwordLastUsed: daysAgo(3) }),
        userRow('dormant', { passwordEnabled: true, passwordLastUsed: daysAgo(120) }),
        userRow('unused', { passwordEnabled: true, passwordLastChanged: daysAgo(46) }),
        userRow('api', { passwordEnabled: false }),
      ],
    });
    const results = run(check, s);
    expect(results.map((r) => r.status)).toEqual(['PASS', 'FAIL', 'FAIL', 'PASS']);
    expect(results[1]?.reason).toBe('dormant last signed in 120 days ago');
    expect(results[2]?.reason).toBe("unused's console password was never used in 46 days");
  });
});
