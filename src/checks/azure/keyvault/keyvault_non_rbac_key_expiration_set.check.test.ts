import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import check from './keyvault_non_rbac_key_expiration_set.check.js';
import { item, snapshot, vault } from './fixtures.js';

describe('keyvault_non_rbac_key_expiration_set', () => {
  it('judges only vaults on access policies: PASS when every enabled key expires, else FAIL', () => {
    const good = vault('kv-good', { rbacAuthorization: false });
    const bad = vault('kv-bad', {
      rbacAuthorization: false,
      keys: {
        state: 'available',
        value: Array.from({ length: 12 }, (_, i) => item(`k${i}`, { expires: undefined })),
      },
    });
    const rbac = vault('kv-rbac', {
      keys: { state: 'available', value: [item('k', { expires: undefined })] },
    });
    expect(statuses(check, snapshot([good, bad, rbac]))).toEqual({
      [good.id]: 'PASS',
      [bad.id]: 'FAIL',
    });
    expect(run(check, snapshot([bad]))[0]?.reason).toBe(
      '12 of 12 enabled keys of kv-bad have no expiration date: k0, k1, k2, k3, k4, k5, k6, k7, k8, k9 and 2 more',
    );
  });

  it('is ERROR naming the call when no access policy lets the scan list the keys', () => {
    const denied = vault('kv-legacy', {
      rbacAuthorization: false,
      keys: {
        state: 'denied',
        call: 'Microsoft.KeyVault/vaults/keys/read',
        errorCode: 'AccessDenied',
      },
    });
    expect(run(check, snapshot([denied]))[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "kv-legacy's keys could not be read (Microsoft.KeyVault/vaults/keys/read: AccessDenied)",
    });
  });
});
