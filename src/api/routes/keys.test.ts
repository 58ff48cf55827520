import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test-support.js';
import { createSqliteStore } from '../../storage/sqlite/sqlite-store.js';
import { hashApiKey, registerStaticKeys } from '../keys.js';

const dir = mkdtempSync(join(tmpdir(), 'api-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scanBody = {
  provider: 'aws',
  services: ['ec2'],
  regions: ['eu-west-3'],
  auth_mode: { type: 'default' },
  client_id: 'ACME',
};

describe('API keys in the store', () => {
  let api: TestApi | undefined;
  afterEach(async () => {
    await api?.app.close();
    api = undefined;
  });

  async function create(t: TestApi, body: Record<string, unknown>) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/keys',
      headers: t.admin,
      payload: body,
    });
    return response;
  }

  it('creates a tenant key shown once, lists it without its secret, and revokes it at once', async () => {
    api = await createTestApi();
    const created = await create(api, { name: 'ci reader', role: 'read_only', client_id: 'ACME' });
    expect(created.statusCode).toBe(201);
    const key = created.json<{ key: string; id: string }>();
    expect(key).toMatchObject({
      name: 'ci reader',
      role: 'read_only',
      client_id: 'ACME',
      source: 'store',
      revoked_at: null,
    });
    expect(key.key).toMatch(/^cdz_/);

    const bearer = { authorization: `Bearer ${key.key}` };
    const read = await api.app.inject({ url: '/api/v1/scans', headers: bearer });
    expect(read.statusCode).toBe(200);

    const listed = await api.app.inject({ url: '/api/v1/keys?client_id=ACME', headers: api.admin });
    expect(listed.statusCode).toBe(200);
    const items = listed.json<{ items: Record<string, unknown>[] }>().items;
    const mine = items.find((item) => item.id === key.id);
    expect(mine).toMatchObject({ last_used_at: expect.any(String) });
    expect(JSON.stringify(listed.json())).not.toContain(key.key);
    expect(items.every((item) => item.client_id === 'ACME')).toBe(true);

    const revoked = await api.app.inject({
      method: 'DELETE',
      url: `/api/v1/keys/${key.id}`,
      headers: api.admin,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: key.id, revoked_at: expect.any(String) });
    const refused = await api.app.inject({ url: '/api/v1/scans', headers: bearer });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: { message: 'this API key was revoked' } });
  });

  it('lets a read-only key read but not start or cancel a scan', async () => {
    api = await createTestApi();
    const { key } = (await create(api, { name: 'ro', role: 'read_only', client_id: 'ACME' })).json<{
      key: string;
    }>();
    const bearer = { authorization: `Bearer ${key}` };
    const post = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: bearer,
      payload: scanBody,
    });
    expect(post.statusCode).toBe(403);
    expect(post.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await api.store.listScans({ limit: 10 })).items).toEqual([]);
    const readWrite = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.acme,
      payload: scanBody,
    });
    expect(readWrite.statusCode).toBe(202);
  });

  it('keeps key management to admin keys and refuses a role that does not fit the client', async () => {
    api = await createTestApi();
    for (const [method, url] of [
      ['GET', '/api/v1/keys'],
      ['POST', '/api/v1/keys'],
      ['DELETE', '/api/v1/keys/some-id'],
    ] as const) {
      const response = await api.app.inject({
        method,
        url,
        headers: api.acme,
        ...(method === 'POST' && { payload: { name: 'x', role: 'admin' } }),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    const adminWithClient = await create(api, { name: 'x', role: 'admin', client_id: 'ACME' });
    expect(adminWithClient.statusCode).toBe(400);
    expect(adminWithClient.json().error.message).toMatch(/admin key belongs to no client/);
    const tenantWithout = await create(api, { name: 'x', role: 'read_write' });
    expect(tenantWithout.statusCode).toBe(400);
    const unknown = await api.app.inject({
      method: 'DELETE',
      url: '/api/v1/keys/no-such-key',
      headers: api.admin,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('keeps a revoked key refused after a restart, even while the environment still seeds it', async () => {
    const file = join(dir, 'restart.db');
    const envKey = 'acme-env-key-0123456789';
    let store = await createSqliteStore({ file });
    await registerStaticKeys(store, `${envKey}:ACME`);
    api = await createTestApi({ store });
    const [seeded] = await store.listApiKeys({ client_id: 'ACME' });
    expect(seeded).toMatchObject({ source: 'env', role: 'read_write' });
    await api.app.inject({
      method: 'DELETE',
      url: `/api/v1/keys/${seeded!.id}`,
      headers: api.admin,
    });
    await api.app.close();
    await store.close();

    // Restart: the same environment seeds the keys again.
    store = await createSqliteStore({ file });
    await registerStaticKeys(store, `${envKey}:ACME`);
    api = await createTestApi({ store });
    const refused = await api.app.inject({
      url: '/api/v1/scans',
      headers: { authorization: `Bearer ${envKey}` },
    });
    expect(refused.statusCode).toBe(401);
    await api.app.close();
    api = undefined;
    await store.close();
  });

  it('revokes, at the next start, an environment key removed from CLOUDDIAGNOZE_API_KEYS', async () => {
    const store = await createSqliteStore({ file: join(dir, 'removed.db') });
    await registerStaticKeys(store, 'acme-old-key-0123456789:ACME,ops-key-0123456789:*');
    await registerStaticKeys(store, 'ops-key-0123456789:*');
    expect((await store.findApiKey(hashApiKey('acme-old-key-0123456789')))?.revoked_at).toEqual(
      expect.any(String),
    );
    expect((await store.findApiKey(hashApiKey('ops-key-0123456789')))?.revoked_at).toBeNull();
    await store.close();
  });
});
