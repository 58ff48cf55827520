import { describe, expect, it } from 'vitest';
import { denied, run, SCOPE, statuses } from '../testing.js';
import check from './monitor_activity_log_exported.check.js';
import { snapshot } from './fixtures.js';

const setting = (categories: string[]) => ({
  id: 'd',
  name: 'activity',
  workspaceId: 'w',
  enabledCategories: categories,
  enabledCategoryGroups: [],
});

describe('monitor_activity_log_exported', () => {
  it('passes with an exporting setting, fails without, ERROR when unread', () => {
    expect(
      statuses(
        check,
        snapshot({
          diagnosticSettings: { state: 'available', value: [setting(['Administrative'])] },
        }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      run(
        check,
        snapshot({ diagnosticSettings: denied('Microsoft.Insights/DiagnosticSettings/Read') }),
      )[0],
    ).toMatchObject({
      status: 'ERROR',
      reason:
        'the subscription’s diagnostic settings could not be read (Microsoft.Insights/DiagnosticSettings/Read: AuthorizationFailed)',
    });
  });
});
