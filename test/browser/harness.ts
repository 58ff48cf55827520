import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../../src/api/app.js';
import { generateApiKey, hashApiKey } from '../../src/api/keys.js';
import { createRuntime, type Runtime } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/config.js';
import type { QueueWorker } from '../../src/core/index.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../src/reports/pdf.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser');
export const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium && process.env['CI'])
  throw new Error(
    `the browser tests need Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium)`,
  );
if (!hasChromium) {
  console.warn(
    `browser tests skipped: no Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium)`,
  );
}

/** The dashboard built by Vite, the product's runtime with its own runner, its API, a browser. */
export interface Dashboard {
  runtime: Runtime;
  app: FastifyInstance;
  browser: Browser;
  page: Page;
  base: string;
  /** A tenant key of ACME. */
  acmeKey: string;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startDashboard(env: Record<string, string> = {}): Promise<Dashboard> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const webDir = mkdtempSync(join(tmpdir(), 'cdz-web-dist-'));
  const { build } = await import('vite');
  await build({
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webDir, emptyOutDir: true },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'cdz-browser-'));
  const runtime = await createRuntime(
    loadConfig({ env: { ...env, CLOUDDIAGNOZE_DATA_DIR: dataDir } }),
    { logDestination: 'silent' },
  );
  // The real check and cost engines: the runtime's own runner.
  const worker: QueueWorker = runtime.queue.process(runtime.runner.handle, { concurrency: 4 });
  const acmeKey = generateApiKey();
  await runtime.store.createApiKey(
    {
      id: 'acme-browser',
      client_id: 'ACME',
      name: 'browser test',
      created_at: new Date().toISOString(),
    },
    hashApiKey(acmeKey),
  );
  const app = await buildApp({
    store: runtime.store,
    queue: runtime.queue,
    scans: runtime.scans,
    registry: runtime.registry,
    metrics: runtime.metrics,
    webDir,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return {
    runtime,
    app,
    browser,
    page,
    base,
    acmeKey,
    shot: async (name) => {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await app.close();
      await worker.close();
      await runtime.close();
      for (const dir of [dataDir, webDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
