import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test-support.js';
import { createSqliteStore, type SqliteStore } from '../../storage/sqlite/sqlite-store.js';

/** A 2 MiB tmpfs: the smallest disk that fills up on demand. Mounting needs root. */
const mountPoint = mkdtempSync(join(tmpdir(), 'full-disk-'));
let mountFailure: string | null = null;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' });
} catch (error) {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  mountFailure = `cannot mount a tmpfs at ${mountPoint} (${stderr || String(error)})`;
}
if (mountFailure && process.env.CI)
  throw new Error(`the full-disk tests need root: ${mountFailure}`);
if (mountFailure) console.warn(`full-disk tests are skipped: ${mountFailure}`);

const filler = join(mountPoint, 'filler');

/** Writes until the disk refuses. */
function fillDisk(): void {
  const chunk = Buffer.alloc(64 * 1024, 1);
  let size = 0;
  for (;;) {
    try {
      writeFileSync(filler, chunk, { flag: 'a' });
      size += chunk.length;
    } catch {
      break;
    }
  }
  const small = Buffer.alloc(512, 1);
  for (let i = 0; i < 256; i += 1) {
    try {
      writeFileSync(filler, small, { flag: 'a' });
    } catch {
      break;
    }
  }
  expect(size).toBeGreaterThan(0);
}

const scanBody = {
  provider: 'aws',
  services: ['ec2'],
  regions: ['eu-west-3'],
  auth_mode: { type: 'default' },
  client_id: 'ACME',
};

describe.skipIf(mountFailure !== null)('a full disk under the store', () => {
  let store: SqliteStore;
  let api: TestApi;

  beforeAll(async () => {
    store = await createSqliteStore({ file: join(mountPoint, 'store.db') });
    api = await createTestApi({ store });
  });

  afterAll(async () => {
    await api?.app.close();
    await store?.close();
    if (!mountFailure) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('turns readiness red and POST /scans into a 503 with the reason, storing nothing; both recover', async () => {
    fillDisk();
    const ready = await api.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({
      error: { code: 'not_ready', message: 'the disk of the store is full' },
    });

    const post = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.admin,
      payload: scanBody,
    });
    expect(post.statusCode).toBe(503);
    expect(post.json()).toMatchObject({
      error: {
        code: 'store_unavailable',
        message: expect.stringMatching(/disk of the store is full/),
      },
    });
    expect((await store.listScans({ limit: 10 })).items).toEqual([]);

    rmSync(filler);
    expect((await api.app.inject({ url: '/readyz' })).statusCode).toBe(200);
    const retried = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.admin,
      payload: scanBody,
    });
    expect(retried.statusCode).toBe(202);
    expect((await store.listScans({ limit: 10 })).items).toHaveLength(1);
  });
});
