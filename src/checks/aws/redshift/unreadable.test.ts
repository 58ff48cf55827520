import { describe, expect, it } from 'vitest';
import { allUnreadable, run } from '../testing.js';
import { all } from './fixtures.js';
import { REDSHIFT_CHECKS } from './index.js';

describe('Redshift checks on an unreadable snapshot', () => {
  it('no check passes when every input is denied (what the shared unreadable test will run)', () => {
    const unreadable = allUnreadable(all);
    expect(
      REDSHIFT_CHECKS.flatMap((check) => run(check, unreadable).filter((r) => r.status === 'PASS')),
    ).toEqual([]);
  });
});
