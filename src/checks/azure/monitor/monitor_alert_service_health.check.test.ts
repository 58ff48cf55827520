import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './monitor_alert_service_health.check.js';
import { alert, snapshot } from './fixtures.js';

describe('monitor_alert_service_health', () => {
  it('passes with an enabled alert on ServiceHealth, fails when disabled, elsewhere or absent', () => {
    expect(statuses(check, snapshot({ activityLogAlerts: [alert('a', 'ServiceHealth')] }))).toEqual(
      { [SCOPE]: 'PASS' },
    );
    expect(
      statuses(
        check,
        snapshot({ activityLogAlerts: [alert('a', 'ServiceHealth', { enabled: false })] }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [alert('a', 'ServiceHealth', { scopes: ['/subscriptions/other'] })],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
