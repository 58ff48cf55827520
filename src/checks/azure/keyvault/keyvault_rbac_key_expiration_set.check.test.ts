import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import check from './keyvault_rbac_key_expiration_set.check.js';
import { item, snapshot, vault } from './fixtures.js';

describe('keyvault_rbac_key_expiration_set', () => {
  it('passes an RBAC vault whose enabled keys all expire, fails one with a key that never does', () => {
    const good = vault('kv-good', {
      keys: {
        state: 'available',
        value: [
          item('sql-tde'),
          // Disabled, or behind a certificate (it expires with it): not judged.
          item('old-signing', { enabled: false, expires: undefined }),
          item('tls-frontend', { managed: true, expires: undefined }),
        ],
      },
    });
    const bad = vault('kv-bad', {
      keys: {
        state: 'available',
        value: [item('sql-tde'), item('app-signing', { expires: undefined })],
      },
    });
    const empty = vault('kv-empty', { keys: { state: 'available', value: [] } });
    expect(statuses(check, snapshot([good, bad, empty]))).toEqual({
      [good.id]: 'PASS',
      [bad.id]: 'FAIL',
      [empty.id]: 'PASS',
    });
    expect(run(check, snapshot([bad]))[0]?.reason).toBe(
      '1 of 2 enabled keys of kv-bad have no expiration date: app-signing',
    );
  });

  it('does not judge a vault on access policies', () => {
    const legacy = vault('kv-legacy', {
      rbacAuthorization: false,
      keys: { state: 'available', value: [item('k', { expires: undefined })] },
    });
    expect(run(check, snapshot([legacy]))).toEqual([]);
  });

  it('is ERROR naming the call when the keys could not be listed (no role, the firewall)', () => {
    const rbac = vault('kv-rbac', {
      keys: {
        state: 'denied',
        call: 'Microsoft.KeyVault/vaults/keys/read',
        errorCode: 'ForbiddenByRbac',
      },
    });
    const walled = vault('kv-walled', {
      keys: {
        state: 'denied',
        call: 'Microsoft.KeyVault/vaults/keys/read',
        errorCode: 'ForbiddenByFirewall',
      },
    });
    expect(run(check, snapshot([rbac, walled]))).toEqual([
      {
        resource_id: rbac.id,
        status: 'ERROR',
        reason:
          "kv-rbac's keys could not be read (Microsoft.KeyVault/vaults/keys/read: ForbiddenByRbac)",
      },
      {
        resource_id: walled.id,
        status: 'ERROR',
        reason:
          "kv-walled's keys could not be read (Microsoft.KeyVault/vaults/keys/read: ForbiddenByFirewall)",
      },
    ]);
  });
});
