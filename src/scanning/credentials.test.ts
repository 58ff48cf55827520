import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialSealer } from './credentials.js';

describe('CredentialSealer', () => {
  const secret = {
    type: 'access_keys',
    access_key_id: 'AKIAIOSFODNN7EXAMPLE',
    secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  };

  it('round-trips, and the sealed text does not contain the secret', () => {
    const sealer = new CredentialSealer(randomBytes(32));
    const sealed = sealer.seal(secret);
    expect(sealed).not.toContain('wJalrXUtnFEMI');
    expect(sealed).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(sealer.unseal(sealed)).toEqual(secret);
  });

  it('refuses to open with another key or after tampering, without echoing the content', () => {
    const sealed = new CredentialSealer(randomBytes(32)).seal(secret);
    expect(() => new CredentialSealer(randomBytes(32)).unseal(sealed)).toThrow(/cannot be opened/);
    expect(() => new CredentialSealer(randomBytes(32)).unseal('v1.x')).toThrow(/malformed/);
  });

  it('wants a 32-byte key', () => {
    expect(() => new CredentialSealer(randomBytes(16))).toThrow(/32 bytes/);
  });
});
