import { describe, expect, it } from 'vitest';
import { rootRow, snapshot } from './fixtures.js';
import { context, daysAgo, run } from '../testing.js';
import check from './iam_avoid_root_usage.check.js';

describe('iam_avoid_root_usage', () => {
  it('passes when root was last used long ago', () => {
    const s = snapshot({ root: rootRow({ passwordLastUsed: daysAgo(200) }) });
    expect(run(check, s)[0]?.status).toBe('PASS');
  });

  it('fails when the root password or a root key was used recently', () => {
    const s = snapshot({
      root: rootRow({
        passwordLastUsed: daysAgo(3),
        accessKeys: [{ slot: 1, active: true, lastUsed: daysAgo(10) }],
      }),
    });
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason: 'root password used 3 days ago; root access key 1 used 10 days ago',
    });
  });

  it('reads its window from the scan options', () => {
    const s = snapshot({ root: rootRow({ passwordLastUsed: daysAgo(60) }) });
    const ctx = context({ options: { check_config: { root_recent_use_days: 90 } } });
    expect(run(check, s, ctx)[0]?.status).toBe('FAIL');
  });
});
