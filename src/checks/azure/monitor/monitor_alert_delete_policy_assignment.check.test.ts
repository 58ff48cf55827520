import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './monitor_alert_delete_policy_assignment.check.js';
import { alert, snapshot } from './fixtures.js';

describe('monitor_alert_delete_policy_assignment', () => {
  it('passes with an enabled alert on Microsoft.Authorization/policyAssignments/delete, fails when disabled, elsewhere or absent', () => {
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [alert('a', 'Microsoft.Authorization/policyAssignments/delete')],
        }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Authorization/policyAssignments/delete', { enabled: false }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Authorization/policyAssignments/delete', {
              scopes: ['/subscriptions/other'],
            }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
