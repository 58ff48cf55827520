import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import check from './keyvault_non_rbac_secret_expiration_set.check.js';
import { item, snapshot, vault } from './fixtures.js';

const CALL = 'Microsoft.KeyVault/vaults/secrets/readMetadata/action';

describe('keyvault_non_rbac_secret_expiration_set', () => {
  it('judges only vaults on access policies, and only their enabled secrets', () => {
    const good = vault('kv-good', {
      rbacAuthorization: false,
      secrets: {
        state: 'available',
        value: [item('db-password'), item('retired', { enabled: false, expires: undefined })],
      },
    });
    const bad = vault('kv-bad', {
      rbacAuthorization: false,
      secrets: { state: 'available', value: [item('api-key', { expires: undefined })] },
    });
    const rbac = vault('kv-rbac', {
      secrets: { state: 'available', value: [item('api-key', { expires: undefined })] },
    });
    expect(statuses(check, snapshot([good, bad, rbac]))).toEqual({
      [good.id]: 'PASS',
      [bad.id]: 'FAIL',
    });
    expect(run(check, snapshot([bad]))[0]?.reason).toBe(
      '1 of 1 enabled secrets of kv-bad have no expiration date: api-key',
    );
  });

  it('is ERROR naming the call when the vault refused the listing', () => {
    const denied = vault('kv-legacy', {
      rbacAuthorization: false,
      secrets: { state: 'denied', call: CALL, errorCode: 'AccessDenied' },
    });
    expect(run(check, snapshot([denied]))[0]).toMatchObject({
      status: 'ERROR',
      reason: `kv-legacy's secrets could not be read (${CALL}: AccessDenied)`,
    });
  });
});
