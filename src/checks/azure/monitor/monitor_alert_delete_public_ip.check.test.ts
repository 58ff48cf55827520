import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './monitor_alert_delete_public_ip.check.js';
import { alert, snapshot } from './fixtures.js';

describe('monitor_alert_delete_public_ip', () => {
  it('passes with an enabled alert on Microsoft.Network/publicIPAddresses/delete, fails when disabled, elsewhere or absent', () => {
    expect(
      statuses(
        check,
        snapshot({ activityLogAlerts: [alert('a', 'Microsoft.Network/publicIPAddresses/delete')] }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Network/publicIPAddresses/delete', { enabled: false }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Network/publicIPAddresses/delete', {
              scopes: ['/subscriptions/other'],
            }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
