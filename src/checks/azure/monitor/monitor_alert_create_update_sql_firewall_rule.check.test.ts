import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './monitor_alert_create_update_sql_firewall_rule.check.js';
import { alert, snapshot } from './fixtures.js';

describe('monitor_alert_create_update_sql_firewall_rule', () => {
  it('passes with an enabled alert on Microsoft.Sql/servers/firewallRules/write, fails when disabled, elsewhere or absent', () => {
    expect(
      statuses(
        check,
        snapshot({ activityLogAlerts: [alert('a', 'Microsoft.Sql/servers/firewallRules/write')] }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Sql/servers/firewallRules/write', { enabled: false }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      statuses(
        check,
        snapshot({
          activityLogAlerts: [
            alert('a', 'Microsoft.Sql/servers/firewallRules/write', {
              scopes: ['/subscriptions/other'],
            }),
          ],
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
