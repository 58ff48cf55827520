import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, maskedConfig } from './config.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({ env: {} })).toMatchObject({
      port: 8080,
      dataDir: './data',
      logLevel: 'info',
      workerConcurrency: 4,
      regionConcurrency: 32,
      jobLockSeconds: 30,
      sqliteCacheMib: 16,
      queueName: 'clouddiagnoze-scans',
    });
    expect(loadConfig({ env: { CLOUDDIAGNOZE_SQLITE_CACHE_MIB: '64' } }).sqliteCacheMib).toBe(64);
    expect(() => loadConfig({ env: { CLOUDDIAGNOZE_SQLITE_CACHE_MIB: '0' } })).toThrow(
      /CLOUDDIAGNOZE_SQLITE_CACHE_MIB/,
    );
  });

  it('reads the environment, then the config file, then overrides', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdz-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ port: 9000, logLevel: 'debug' }));
    const config = loadConfig({
      env: { PORT: '7000', CLOUDDIAGNOZE_DATA_DIR: '/var/lib/cdz' },
      configFile: file,
      overrides: { logLevel: 'warn' },
    });
    expect(config).toMatchObject({ port: 9000, dataDir: '/var/lib/cdz', logLevel: 'warn' });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ env: { PORT: 'eighty' } })).toThrow(ConfigError);
    expect(() => loadConfig({ env: { PORT: 'eighty' } })).toThrow(/PORT/);
    expect(() => loadConfig({ env: { DATABASE_URL: 'not a url' } })).toThrow(/DATABASE_URL/);
  });

  it('says when the config file is missing or not JSON', () => {
    expect(() => loadConfig({ env: {}, configFile: '/nonexistent/cdz.json' })).toThrow(
      /cannot read/,
    );
  });
});

describe('maskedConfig', () => {
  it('masks tokens, keys and URL passwords', () => {
    const masked = maskedConfig(
      loadConfig({
        env: {
          OPSTEAMIZE_TOKEN: 'tok-very-secret',
          DATABASE_URL: 'postgres://scanner:hunter2@db:5432/cdz',
          CLOUDDIAGNOZE_API_KEYS: 'cdz_abc:ACME',
        },
      }),
    );
    const text = JSON.stringify(masked);
    expect(text).not.toContain('tok-very-secret');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('cdz_abc');
    expect(masked.databaseUrl).toBe('postgres://scanner:********@db:5432/cdz');
  });
});
