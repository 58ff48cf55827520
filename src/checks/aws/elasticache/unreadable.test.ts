import { describe, expect, it } from 'vitest';
import { allUnreadable, run } from '../testing.js';
import { all } from './fixtures.js';
import { ELASTICACHE_CHECKS } from './index.js';

describe('ElastiCache checks on an unreadable snapshot', () => {
  it('no check passes when every input is denied (what the shared unreadable test will run)', () => {
    const unreadable = allUnreadable(all);
    const passed = ELASTICACHE_CHECKS.flatMap((check) =>
      run(check, unreadable).filter((r) => r.status === 'PASS'),
    );
    expect(passed).toEqual([]);
  });
});
