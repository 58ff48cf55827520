import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './monitor_alert_create_update_public_ip.check.js';
import { alert, snapshot } from './fixtures.js';

describe('monitor_alert_create_update_public_ip', () => {
  it('passes with an enabled alert on Microsoft.Network/publicIPAddresses/write, fails when disabled, elsewhere or absent', () => {
    expect(
      statuses(
        check,
        snapshot({ activityLogAlerts: [alert('a', 'Microsoft.Network/publicIPAddresses/write')] }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Network/publicIPAddresses/write', { enabled: false }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Network/publicIPAddresses/write', {
              scopes: ['/subscriptions/other'],
            }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
