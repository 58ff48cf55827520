import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoSuiteSkip, startMoto, useEndpoint, type MotoServer } from '../../test/support/moto.js';
import { loadConfig, type Config } from '../config/config.js';
import { TERMINAL_SCAN_STATUSES, type Scan } from '../core/index.js';
import { startDataPlaneThread, type DataPlaneThread } from './data-plane.js';
import { createRuntime, type Runtime } from './runtime.js';

function configIn(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    env: {
      CLOUDDIAGNOZE_DATA_DIR: dataDir,
      CLOUDDIAGNOZE_SECRET_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
}

describe('startDataPlaneThread: a worker that cannot start', () => {
  it('rejects with the thread’s reason, readably', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cdz-data-plane-'));
    try {
      const config = configIn(dataDir, { DATABASE_URL: 'mysql://db.example/cdz' });
      await expect(
        startDataPlaneThread(config, { concurrency: 1, logDestination: 'silent' }),
      ).rejects.toThrow(/^the embedded worker did not start: DATABASE_URL scheme mysql/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

const skipReason = motoSuiteSkip('The embedded worker thread');

describe.skipIf(skipReason !== null)('startDataPlaneThread: serve’s embedded worker', () => {
  let moto: MotoServer;
  let restore: () => void;
  let dataDir: string;
  let runtime: Runtime;
  let thread: DataPlaneThread;

  beforeAll(async () => {
    moto = await startMoto();
    restore = useEndpoint(moto.endpoint, 'us-east-1');
    dataDir = mkdtempSync(join(tmpdir(), 'cdz-data-plane-'));
    const config = configIn(dataDir);
    // This thread plays `serve`'s API: it queues scans, reads the store and serves /metrics.
    runtime = await createRuntime(config, { logDestination: 'silent' });
    thread = await startDataPlaneThread(config, { concurrency: 2, logDestination: 'silent' });
    runtime.metrics.addSource(() => thread.metrics());
  }, 30_000);

  afterAll(async () => {
    await thread?.close();
    await runtime?.close();
    await moto?.stop();
    restore?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function finished(scanId: string): Promise<Scan> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const scan = await runtime.store.getScan(scanId);
      if (scan && (TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) return scan;
      if (Date.now() > deadline) throw new Error(`scan ${scanId} did not end: ${scan?.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('runs the scan the API queued to its end, and its counts show in the API’s /metrics', async () => {
    const submitted = await runtime.scans.submit({
      provider: 'aws',
      services: ['vpc'],
      regions: ['us-east-1', 'eu-west-1'],
      client_id: 'ACME',
      auth_mode: { type: 'default' },
    });

    const scan = await finished(submitted.id);
    expect(scan.status).toBe('SUCCEEDED');
    expect(scan.progress.events).toBeGreaterThan(0);
    const page = await runtime.store.queryEvents({ scan_id: scan.id, limit: 10_000 });
    expect(page.items).toHaveLength(scan.progress.events);

    const exposition = await runtime.metrics.exposition();
    const counted = (pattern: RegExp) =>
      [...exposition.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0);
    // Counted in the worker's thread, served by the API's.
    expect(
      counted(/^clouddiagnoze_events_emitted_total\{provider="aws",service="vpc",[^}]*\} (\d+)$/gm),
    ).toBe(scan.progress.events);
    expect(
      counted(
        /^clouddiagnoze_cloud_api_calls_total\{provider="aws",[^}]*outcome="success"\} (\d+)$/gm,
      ),
    ).toBeGreaterThan(0);
    expect(counted(/^clouddiagnoze_unit_duration_seconds_count\{[^}]*\} (\d+)$/gm)).toBe(2);
    // Process metrics once: the thread reports none of its own.
    expect(exposition.match(/^# TYPE clouddiagnoze_process_cpu_seconds_total /gm)).toHaveLength(1);
  }, 90_000);
});
