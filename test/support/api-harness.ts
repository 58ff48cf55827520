import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import { ensureAdminKey } from '../../src/api/keys.js';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/config.js';
import { TERMINAL_SCAN_STATUSES } from '../../src/core/index.js';

export interface ApiHarness {
  runtime: Runtime;
  /** The temporary data directory (SQLite store, queue), removed on close. */
  dataDir: string;
  app: FastifyInstance;
  /** Headers with the admin key created on start. */
  admin: { authorization: string };
  /** Polls GET /api/v1/scans/:id until the scan ends; returns its body. */
  waitForScan(
    scanId: string,
    headers?: { authorization: string },
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * The real composition (SQLite store and embedded queue in a temporary data directory, the API and
 * an embedded worker), the way `clouddiagnoze serve` builds it.
 */
export async function startApi(
  options: { env?: Record<string, string>; runtime?: RuntimeOptions; concurrency?: number } = {},
): Promise<ApiHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cdz-e2e-'));
  const runtime = await createRuntime(
    loadConfig({ env: { ...options.env, CLOUDDIAGNOZE_DATA_DIR: dataDir } }),
    { logDestination: 'silent', ...options.runtime },
  );
  const admin = { authorization: `Bearer ${await ensureAdminKey(runtime.store)}` };
  const app = await buildApp({
    store: runtime.store,
    queue: runtime.queue,
    scans: runtime.scans,
    registry: runtime.registry,
    checks: runtime.checks,
    metrics: runtime.metrics,
    sinks: runtime.sinks,
  });
  const worker = runtime.queue.process(runtime.runner.handle, {
    concurrency: options.concurrency ?? 2,
  });
  return {
    runtime,
    dataDir,
    app,
    admin,
    async waitForScan(scanId, headers = admin) {
      for (let i = 0; i < 400; i += 1) {
        const scan = (
          await app.inject({ method: 'GET', url: `/api/v1/scans/${scanId}`, headers })
        ).json<Record<string, unknown>>();
        if ((TERMINAL_SCAN_STATUSES as readonly unknown[]).includes(scan.status)) return scan;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`scan ${scanId} did not finish`);
    },
    async close() {
      await worker.close();
      await app.close();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
