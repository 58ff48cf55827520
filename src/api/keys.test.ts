import { describe, expect, it } from 'vitest';
import {
  ensureAdminKey,
  generateApiKey,
  hashApiKey,
  parseStaticKeys,
  registerStaticKeys,
} from './keys.js';
import { InMemoryStore } from './test-support.js';

const clock = { now: () => new Date('2026-07-14T07:30:00Z') };

describe('API keys', () => {
  it('generates distinct cdz_ keys of 32 random bytes, stored only as a sha256 hash', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a).toMatch(/^cdz_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(hashApiKey('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('creates an admin key on an empty store, once', async () => {
    const store = new InMemoryStore();
    const key = await ensureAdminKey(store, clock);
    expect(key).toMatch(/^cdz_/);
    expect(await store.findApiKey(hashApiKey(key!))).toMatchObject({
      client_id: null,
      created_at: '2026-07-14T07:30:00.000Z',
    });
    expect(await ensureAdminKey(store, clock)).toBeNull();
    expect(await store.countApiKeys()).toBe(1);
  });

  it('creates no admin key when keys were configured', async () => {
    const store = new InMemoryStore();
    await registerStaticKeys(store, 'acme-key-0123456789:ACME', clock);
    expect(await ensureAdminKey(store, clock)).toBeNull();
  });

  it('registers CLOUDDIAGNOZE_API_KEYS: tenant keys, * and bare keys as admin, idempotently', async () => {
    const store = new InMemoryStore();
    const spec =
      ' acme-key-0123456789:ACME , ops-key-0123456789:*,root-key-0123456789,, globex:key:GLOBEX:eu ';
    expect(await registerStaticKeys(store, spec, clock)).toBe(4);
    expect((await store.findApiKey(hashApiKey('acme-key-0123456789')))?.client_id).toBe('ACME');
    expect((await store.findApiKey(hashApiKey('ops-key-0123456789')))?.client_id).toBeNull();
    expect((await store.findApiKey(hashApiKey('root-key-0123456789')))?.client_id).toBeNull();
    // The key ends at the first colon; client ids may hold colons.
    expect((await store.findApiKey(hashApiKey('globex')))?.client_id).toBe('key:GLOBEX:eu');

    expect(await registerStaticKeys(store, spec, clock)).toBe(0);
    expect(await store.countApiKeys()).toBe(4);
  });

  it('refuses to rebind a stored key to another client rather than keep its old rights', async () => {
    const store = new InMemoryStore();
    await registerStaticKeys(store, 'shared-key-0123456789:*', clock);
    await expect(registerStaticKeys(store, 'shared-key-0123456789:ACME', clock)).rejects.toThrow(
      'CLOUDDIAGNOZE_API_KEYS entry 1: this key is already registered for every client (admin), not ACME',
    );
  });

  it('refuses a malformed entry, naming its position and never the key', () => {
    expect(() => parseStaticKeys('good-key-0123456789:ACME,secret-key-0123456789:AC ME')).toThrow(
      /^CLOUDDIAGNOZE_API_KEYS entry 2: client id AC ME must be/,
    );
    expect(() =>
      parseStaticKeys('good-key-0123456789:ACME,secret-key-0123456789:AC ME'),
    ).not.toThrow(/secret-key/);
    expect(() => parseStaticKeys(':ACME')).toThrow(
      'CLOUDDIAGNOZE_API_KEYS entry 1: the key must be non-empty',
    );
  });
});
