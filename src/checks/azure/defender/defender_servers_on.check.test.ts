import { describe, expect, it } from 'vitest';
import { denied, run, SCOPE, statuses } from '../testing.js';
import check from './defender_servers_on.check.js';
import { plan, snapshot } from './fixtures.js';

describe('defender_servers_on', () => {
  it('passes on Standard, fails on Free or absent, ERROR when the plans could not be read', () => {
    expect(
      statuses(
        check,
        snapshot({ plans: { state: 'available', value: [plan('VirtualMachines')] } }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot({ plans: { state: 'available', value: [plan('VirtualMachines', 'Free')] } }),
      ),
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
