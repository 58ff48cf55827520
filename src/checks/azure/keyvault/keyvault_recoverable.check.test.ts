import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './keyvault_recoverable.check.js';
import { snapshot, vault } from './fixtures.js';

describe('keyvault_recoverable', () => {
  it('passes a hardened vault and fails one without the setting', () => {
    const good = vault('kv-good');
    const bad = vault('kv-bad', { purgeProtectionEnabled: false });
    expect(statuses(check, snapshot([good, bad]))).toEqual({ [good.id]: 'PASS', [bad.id]: 'FAIL' });
  });
});
