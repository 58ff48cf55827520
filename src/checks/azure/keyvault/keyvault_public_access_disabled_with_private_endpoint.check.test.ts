import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './keyvault_public_access_disabled_with_private_endpoint.check.js';
import { snapshot, vault } from './fixtures.js';

describe('keyvault_public_access_disabled_with_private_endpoint', () => {
  it('fails an open vault with a private endpoint and ignores vaults without one', () => {
    const good = vault('kv-good');
    const open = vault('kv-open', { publicNetworkAccess: 'Enabled' });
    const noPe = vault('kv-nope', { publicNetworkAccess: 'Enabled', privateEndpointCount: 0 });
    expect(statuses(check, snapshot([good, open, noPe]))).toEqual({
      [good.id]: 'PASS',
      [open.id]: 'FAIL',
    });
  });
});
