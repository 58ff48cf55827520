import { describe, expect, it } from 'vitest';
import { denied, run, SCOPE, statuses } from '../testing.js';
import check from './defender_dns_on.check.js';
import { plan, snapshot } from './fixtures.js';

describe('defender_dns_on', () => {
  it('passes on Standard, fails on Free or absent, ERROR when the plans could not be read', () => {
    expect(
      statuses(check, snapshot({ plans: { state: 'available', value: [plan('Dns')] } })),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(check, snapshot({ plans: { state: 'available', value: [plan('Dns', 'Free')] } })),
    ).toEqual({ [SCOPE]: 'FAIL' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
    expect(
      run(check, snapshot({ plans: denied('Microsoft.Security/pricings/read') }))[0],
    ).toMatchObject({
      status: 'ERROR',
      reason:
        'Defender plans could not be read (Microsoft.Security/pricings/read: AuthorizationFailed)',
    });
  });
});
