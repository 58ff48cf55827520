import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, run, statuses } from '../testing.js';
import recent from './backup_protected_resources_backed_up_recently.check.js';
import { all, DENIED, fresh, snapshot, stale } from './fixtures.js';

const REGION_ID = regionScope('backup', context());

describe('backup_protected_resources_backed_up_recently', () => {
  it('backup_protected_resources_backed_up_recently: fails a stale backup, ERROR when unread', () => {
    expect(statuses(recent, all)).toEqual({ [fresh.arn]: 'PASS', [stale.arn]: 'FAIL' });
    expect(
      run(recent, snapshot({ protectedResources: { state: 'available', value: [stale] } }))[0]
        ?.reason,
    ).toBe('EBS vol-stale was last backed up 30 days ago');
    expect(
      statuses(recent, snapshot({ protectedResources: DENIED('backup:ListProtectedResources') })),
    ).toEqual({ [REGION_ID]: 'ERROR' });
  });
});
