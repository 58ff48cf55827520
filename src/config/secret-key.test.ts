import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { CredentialSealer } from '../scanning/credentials.js';
import { loadSecretKey } from './secret-key.js';

const dir = mkdtempSync(join(tmpdir(), 'secret-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { env: {}, warn: () => {} };

describe('loadSecretKey', () => {
  it('reads the key from CLOUDDIAGNOZE_SECRET_KEY_FILE and writes nothing in the data directory', () => {
    const keyFile = join(dir, 'mounted-secret');
    const hex = randomBytes(32).toString('hex');
    writeFileSync(keyFile, `${hex}\n`);
    const dataDir = join(dir, 'data-with-file');
    const key = loadSecretKey({ secretKeyFile: keyFile, dataDir }, quiet);
    expect(key.toString('hex')).toBe(hex);
    expect(() => readFileSync(join(dataDir, 'secret.key'))).toThrow();
  });

  it('leaves a copy of a deployment’s data directory unable to open queued credentials', () => {
    const keyFile = join(dir, 'deployment-key');
    writeFileSync(keyFile, randomBytes(32).toString('base64'));
    const dataDir = join(dir, 'deployment-data');
    const sealed = new CredentialSealer(
      loadSecretKey({ secretKeyFile: keyFile, dataDir }, quiet),
    ).seal({ type: 'access_keys', secret_access_key: 'marker-secret' });
    // Someone with the data directory only: whatever key the embedded mode would make there.
    const thief = new CredentialSealer(loadSecretKey({ dataDir }, quiet));
    expect(() => thief.unseal(sealed)).toThrow(/cannot be opened/);
  });

  it('refuses to start a deployment without a key, and says what to set', () => {
    const dataDir = join(dir, 'refused');
    for (const [settings, env, why] of [
      [{ dataDir }, { NODE_ENV: 'production' }, 'NODE_ENV=production'],
      [{ dataDir, redisUrl: 'redis://127.0.0.1:6379' }, {}, 'REDIS_URL is set'],
      [{ dataDir, databaseUrl: 'postgres://db/scans' }, {}, 'the store is PostgreSQL'],
    ] as const) {
      expect(() => loadSecretKey(settings, { env, warn: () => {} })).toThrow(
        new RegExp(`^${why}: set CLOUDDIAGNOZE_SECRET_KEY or CLOUDDIAGNOZE_SECRET_KEY_FILE`),
      );
    }
    expect(() => readFileSync(join(dataDir, 'secret.key'))).toThrow();
  });

  it('keeps the quick start working: embedded mode generates a key once in the data directory, with a warning', () => {
    const dataDir = join(dir, 'embedded');
    const warnings: string[] = [];
    const first = loadSecretKey({ dataDir }, { env: {}, warn: (m) => warnings.push(m) });
    const again = loadSecretKey({ dataDir }, { env: {}, warn: (m) => warnings.push(m) });
    expect(again.equals(first)).toBe(true);
    expect(warnings[0]).toMatch(/inside the data directory.*CLOUDDIAGNOZE_SECRET_KEY_FILE/);
  });

  it('gives a one-shot process a key that is never written', () => {
    const dataDir = join(dir, 'one-shot');
    expect(loadSecretKey({ dataDir }, { ...quiet, ephemeral: true })).toHaveLength(32);
    expect(() => readFileSync(join(dataDir, 'secret.key'))).toThrow();
  });

  it('names the file and the shape when a key file is unreadable or malformed, never its content', () => {
    const bad = join(dir, 'bad-key');
    writeFileSync(bad, 'not-a-key-secret-text');
    expect(() => loadSecretKey({ secretKeyFile: bad, dataDir: dir }, quiet)).toThrow(
      `CLOUDDIAGNOZE_SECRET_KEY_FILE ${bad} must be 32 bytes as 64 hex characters or base64`,
    );
    expect(() => loadSecretKey({ secretKeyFile: bad, dataDir: dir }, quiet)).not.toThrow(
      /not-a-key/,
    );
    expect(() =>
      loadSecretKey({ secretKeyFile: join(dir, 'absent'), dataDir: dir }, quiet),
    ).toThrow(/cannot be read \(ENOENT\)/);
  });
});
