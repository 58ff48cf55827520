import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { RuntimeError, createRuntime } from './runtime.js';

describe('the runtime’s sinks', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cdz-runtime-sinks-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const config = (env: Record<string, string>) =>
    loadConfig({ env: { CLOUDDIAGNOZE_DATA_DIR: dataDir, ...env } });

  it('route to Opsteamize by default once OPSTEAMIZE_URL is set', async () => {
    const runtime = await createRuntime(config({ OPSTEAMIZE_URL: 'http://127.0.0.1:9/' }), {
      logDestination: 'silent',
    });
    try {
      expect(runtime.sinks.configured).toEqual(['opsteamize']);
      const overview = await runtime.sinks.overview();
      expect(overview.default_sinks).toEqual(['opsteamize']);
      expect(overview.sinks).toEqual([
        expect.objectContaining({
          sink: 'opsteamize',
          configured: true,
          endpoint: 'http://127.0.0.1:9/submit-metrics',
          backlog_events: 0,
        }),
      ]);
      expect(
        runtime.sinks.remoteSinksOf({ client_id: 'ACME', options: { sinks: ['store'] } }),
      ).toEqual([]);
    } finally {
      await runtime.close();
    }
  });

  it('refuse a routing that names a remote sink with no endpoint', async () => {
    await expect(
      createRuntime(config({ CLOUDDIAGNOZE_TENANT_SINKS: '{"ACME":["webhook"]}' }), {
        logDestination: 'silent',
      }),
    ).rejects.toThrow(
      new RuntimeError(
        'CLOUDDIAGNOZE_TENANT_SINKS names webhook, which needs CLOUDDIAGNOZE_WEBHOOK_URL',
      ),
    );
  });
});
