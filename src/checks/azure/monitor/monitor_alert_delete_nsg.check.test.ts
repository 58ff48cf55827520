import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './monitor_alert_delete_nsg.check.js';
import { alert, snapshot } from './fixtures.js';

describe('monitor_alert_delete_nsg', () => {
  it('passes with an enabled alert on Microsoft.Network/networkSecurityGroups/delete, fails when disabled, elsewhere or absent', () => {
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [alert('a', 'Microsoft.Network/networkSecurityGroups/delete')],
        }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Network/networkSecurityGroups/delete', { enabled: false }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Network/networkSecurityGroups/delete', {
              scopes: ['/subscriptions/other'],
            }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
