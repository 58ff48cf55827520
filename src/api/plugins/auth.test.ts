import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../keys.js';
import { createTestApi } from '../test-support.js';
import { API_KEY_LOOKUP_TTL_MS, ApiKeyLookup } from './auth.js';

describe('input hardening on /api/v1', () => {
  it('refuses a NUL byte in a path id, a filter or a body with 400, storing nothing', async () => {
    const api = await createTestApi();
    const cases = [
      { method: 'GET' as const, url: '/api/v1/scans/abc%00def', path: 'path.id' },
      { method: 'GET' as const, url: '/api/v1/events?resource_id=x%00', path: 'query.resource_id' },
      {
        method: 'POST' as const,
        url: '/api/v1/scans',
        payload: {
          provider: 'aws',
          services: ['ec2'],
          auth_mode: { type: 'default' },
          client_id: 'AC\u0000ME',
        },
        path: 'body.client_id',
      },
    ];
    for (const { path, ...request } of cases) {
      const response = await api.app.inject({ ...request, headers: api.admin });
      expect(response.statusCode, request.url).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'invalid_request', issues: [{ path }] },
      });
    }
    expect((await api.store.listScans({ limit: 10 })).items).toEqual([]);
    await api.app.close();
  });

  it('refuses a body that is not valid UTF-8 with 400 instead of replacing the bytes', async () => {
    const api = await createTestApi();
    const json = JSON.stringify({
      provider: 'aws',
      services: ['ec2'],
      auth_mode: { type: 'default' },
      client_id: 'ACME-X',
    });
    const [before, after] = json.split('X');
    const payload = Buffer.concat([
      Buffer.from(before!),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(after!),
    ]);
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      payload,
      headers: { ...api.admin, 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { message: 'the request body is not valid UTF-8' },
    });
    expect((await api.store.listScans({ limit: 10 })).items).toEqual([]);
    await api.app.close();
  });

  it('refuses a percent escape that is not UTF-8 in a filter or a path with 400', async () => {
    const api = await createTestApi();
    for (const url of ['/api/v1/events?resource_id=%C3%28', '/api/v1/scans/%FF']) {
      const response = await api.app.inject({ method: 'GET', url, headers: api.admin });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ error: { message: 'the URL is not valid UTF-8' } });
    }
    const fine = await api.app.inject({
      method: 'GET',
      url: '/api/v1/events?resource_id=caf%C3%A9%20%25',
      headers: api.admin,
    });
    expect(fine.statusCode).toBe(200);
    await api.app.close();
  });
});

describe('ApiKeyLookup', () => {
  const at = (ms: number) => new Date(Date.UTC(2026, 11, 7, 12) + ms);

  it('refuses a key revoked by another process once the lookup time has passed', async () => {
    const api = await createTestApi();
    let now = at(0);
    const keys = new ApiKeyLookup(api.store, { now: () => now });
    const hash = hashApiKey('acme-cli-key-0123456789');
    await api.store.createApiKey(
      { id: 'k-cli', client_id: 'ACME', name: 'cli', created_at: now.toISOString() },
      hash,
    );
    expect(await keys.find(hash)).toMatchObject({ id: 'k-cli', revoked_at: null });

    // `clouddiagnoze keys revoke` in another process writes the store only.
    await api.store.revokeApiKey('k-cli', at(100));
    now = at(API_KEY_LOOKUP_TTL_MS - 1);
    expect((await keys.find(hash))?.revoked_at).toBeNull();
    now = at(API_KEY_LOOKUP_TTL_MS + 1);
    expect((await keys.find(hash))?.revoked_at).toBe(at(100).toISOString());
    await api.app.close();
  });

  it('forgets a key revoked through it at once, and never keeps an unknown hash', async () => {
    const api = await createTestApi();
    const now = at(0);
    const keys = new ApiKeyLookup(api.store, { now: () => now });
    const hash = hashApiKey('acme-new-key-0123456789');
    expect(await keys.find(hash)).toBeNull();
    await api.store.createApiKey(
      { id: 'k-new', client_id: 'ACME', name: 'new', created_at: now.toISOString() },
      hash,
    );
    expect(await keys.find(hash)).toMatchObject({ id: 'k-new' });

    await api.store.revokeApiKey('k-new', now);
    keys.forget('k-new');
    expect((await keys.find(hash))?.revoked_at).toBe(now.toISOString());
    await api.app.close();
  });
});
