import { describe, expect, it } from 'vitest';
import { NOT_COLLECTED } from '../../../core/index.js';
import { run, statuses } from '../testing.js';
import check from './keyvault_rbac_secret_expiration_set.check.js';
import { item, snapshot, vault } from './fixtures.js';

const CALL = 'Microsoft.KeyVault/vaults/secrets/readMetadata/action';

describe('keyvault_rbac_secret_expiration_set', () => {
  it('fails an RBAC vault with an enabled secret that never expires, leaving certificates out', () => {
    const good = vault('kv-good', {
      secrets: {
        state: 'available',
        value: [item('db-password'), item('tls-frontend', { managed: true, expires: undefined })],
      },
    });
    const bad = vault('kv-bad', {
      secrets: { state: 'available', value: [item('db-password', { expires: undefined })] },
    });
    // Its keys were refused: this check reads only the secrets.
    const keysRefused = vault('kv-keys', {
      keys: {
        state: 'denied',
        call: 'Microsoft.KeyVault/vaults/keys/read',
        errorCode: 'ForbiddenByRbac',
      },
    });
    expect(statuses(check, snapshot([good, bad, keysRefused]))).toEqual({
      [good.id]: 'PASS',
      [bad.id]: 'FAIL',
      [keysRefused.id]: 'PASS',
    });
  });

  it('is ERROR naming the call when the secrets were refused or not listed', () => {
    const walled = vault('kv-walled', {
      secrets: { state: 'denied', call: CALL, errorCode: 'ForbiddenByFirewall' },
    });
    const skipped = vault('kv-skipped', {
      secrets: { state: 'error', call: CALL, errorCode: NOT_COLLECTED },
    });
    expect(run(check, snapshot([walled, skipped])).map((r) => [r.status, r.reason])).toEqual([
      ['ERROR', `kv-walled's secrets could not be read (${CALL}: ForbiddenByFirewall)`],
      ['ERROR', `kv-skipped's secrets could not be read (${CALL}: NotCollected)`],
    ]);
  });
});
