import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './monitor_alert_delete_security_solution.check.js';
import { alert, snapshot } from './fixtures.js';

describe('monitor_alert_delete_security_solution', () => {
  it('passes with an enabled alert on Microsoft.Security/securitySolutions/delete, fails when disabled, elsewhere or absent', () => {
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [alert('a', 'Microsoft.Security/securitySolutions/delete')],
        }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Security/securitySolutions/delete', { enabled: false }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Security/securitySolutions/delete', {
              scopes: ['/subscriptions/other'],
            }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
