import { describe, expect, it } from 'vitest';
import { denied, run, SCOPE, statuses } from '../testing.js';
import check from './defender_alert_notifications_enabled.check.js';
import { contact, snapshot } from './fixtures.js';

describe('defender_alert_notifications_enabled', () => {
  it('passes a configured contact, fails without it, ERROR when unread', () => {
    expect(
      statuses(check, snapshot({ contacts: { state: 'available', value: [contact()] } })),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({
          contacts: { state: 'available', value: [contact({ alertMinimalSeverity: undefined })] },
        }),
      ),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      run(check, snapshot({ contacts: denied('Microsoft.Security/securityContacts/read') }))[0]!
        .status,
    ).toBe('ERROR');
  });
});
