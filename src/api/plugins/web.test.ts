import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createTestApi, type TestApi } from '../test-support.js';

let dist: string;
let api: TestApi;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'cdz-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="app"></div>');
  writeFileSync(join(dist, 'assets', 'index-3f9a.js'), 'console.log(1)');
  writeFileSync(join(dist, 'secret.txt'), 'not an asset');
  api = await createTestApi();
});

afterAll(async () => {
  await api.app.close();
  rmSync(dist, { recursive: true, force: true });
});

async function appWith(dir: string) {
  return buildApp({
    store: api.store,
    queue: api.queue,
    scans: undefined as never,
    registry: api.registry,
    metrics: api.metrics,
    webDir: dir,
  });
}

describe('dashboard at /', () => {
  it('serves the built page without a key, and its hashed assets for a year', async () => {
    const app = await appWith(dist);
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.body).toContain('<div id="app">');
    const asset = await app.inject({ method: 'GET', url: '/assets/index-3f9a.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toContain('immutable');
    await app.close();
  });

  it('serves nothing outside the assets folder', async () => {
    const app = await appWith(dist);
    for (const url of ['/assets/../secret.txt', '/assets/%2e%2e/secret.txt', '/assets/nope.js']) {
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
    }
    await app.close();
  });

  it('tells to run npm run build when the dashboard is not built', async () => {
    const app = await appWith(join(dist, 'missing'));
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('npm run build');
    await app.close();
  });
});
