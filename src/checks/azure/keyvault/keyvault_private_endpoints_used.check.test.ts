import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './keyvault_private_endpoints_used.check.js';
import { snapshot, vault } from './fixtures.js';

describe('keyvault_private_endpoints_used', () => {
  it('passes a hardened vault and fails one without the setting', () => {
    const good = vault('kv-good');
    const bad = vault('kv-bad', { privateEndpointCount: 0 });
    expect(statuses(check, snapshot([good, bad]))).toEqual({ [good.id]: 'PASS', [bad.id]: 'FAIL' });
  });
});
