import { describe, expect, it } from 'vitest';
import { denied, run, SCOPE, statuses } from '../testing.js';
import check from './monitor_activity_log_required_categories.check.js';
import { snapshot } from './fixtures.js';

const setting = (categories: string[], groups: string[] = []) => ({
  id: 'd',
  name: 'activity',
  enabledCategories: categories,
  enabledCategoryGroups: groups,
});

describe('monitor_activity_log_required_categories', () => {
  it('passes with all four categories (or allLogs), fails naming the missing ones', () => {
    expect(
      statuses(
        check,
        snapshot({
          diagnosticSettings: {
            state: 'available',
            value: [setting(['Administrative', 'Alert']), setting(['Policy', 'Security'])],
          },
        }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({ diagnosticSettings: { state: 'available', value: [setting([], ['allLogs'])] } }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      run(
        check,
        snapshot({
          diagnosticSettings: {
            state: 'available',
            value: [setting(['Administrative', 'Security', 'Alert'])],
          },
        }),
      )[0]!.reason,
    ).toBe('the activity log export misses Policy');
    expect(
      run(
        check,
        snapshot({ diagnosticSettings: denied('Microsoft.Insights/DiagnosticSettings/Read') }),
      )[0]!.status,
    ).toBe('ERROR');
  });
});
