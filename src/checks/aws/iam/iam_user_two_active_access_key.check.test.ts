import { describe, expect, it } from 'vitest';
import { snapshot, userRow } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_user_two_active_access_key.check.js';

describe('iam_user_two_active_access_key', () => {
  it('passes one active key and fails two', () => {
    const s = snapshot({
      users: [
        userRow('one', {
          accessKeys: [
            { slot: 1, active: true },
            { slot: 2, active: false },
          ],
        }),
        userRow('two', {
          accessKeys: [
            { slot: 1, active: true },
            { slot: 2, active: true },
          ],
        }),
      ],
    });
    expect(run(check, s)).toMatchObject([
      { status: 'PASS', reason: 'one has 1 active access key' },
      { status: 'FAIL', reason: 'two has 2 active access keys' },
    ]);
  });
});
