import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './network_bastion_host_exists.check.js';
import { snapshot } from './fixtures.js';

describe('network_bastion_host_exists', () => {
  it('passes with a Bastion host and fails without one', () => {
    expect(
      statuses(
        check,
        snapshot({
          bastionHostIds: [`${SCOPE}/resourceGroups/rg/providers/Microsoft.Network/bastionHosts/b`],
        }),
      ),
    ).toEqual({ [SCOPE]: 'PASS' });
    expect(statuses(check, snapshot())).toEqual({ [SCOPE]: 'FAIL' });
  });
});
