import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './monitor_alert_create_policy_assignment.check.js';
import { alert, snapshot } from './fixtures.js';

describe('monitor_alert_create_policy_assignment', () => {
  it('passes with an enabled alert on Microsoft.Authorization/policyAssignments/write, fails when disabled, elsewhere or absent', () => {
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [alert('a', 'Microsoft.Authorization/policyAssignments/write')],
        }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Authorization/policyAssignments/write', { enabled: false }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Authorization/policyAssignments/write', {
              scopes: ['/subscriptions/other'],
            }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
