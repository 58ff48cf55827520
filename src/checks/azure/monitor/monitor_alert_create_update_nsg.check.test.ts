import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './monitor_alert_create_update_nsg.check.js';
import { alert, snapshot } from './fixtures.js';

describe('monitor_alert_create_update_nsg', () => {
  it('passes with an enabled alert on Microsoft.Network/networkSecurityGroups/write, fails when disabled, elsewhere or absent', () => {
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [alert('a', 'Microsoft.Network/networkSecurityGroups/write')],
        }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Network/networkSecurityGroups/write', { enabled: false }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Network/networkSecurityGroups/write', {
              scopes: ['/subscriptions/other'],
            }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
