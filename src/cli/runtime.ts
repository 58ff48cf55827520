import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import {
  systemClock,
  type Clock,
  type EventSink,
  type JobQueue,
  type Store,
} from '../core/index.js';
import type { Config } from '../config/config.js';
import { loadSecretKey } from '../config/secret-key.js';
import { ScannerMetrics } from '../observability/metrics.js';
import { EmbeddedQueue } from '../queue/embedded/embedded-queue.js';
import { CredentialSealer } from '../scanning/credentials.js';
import { ScannerRegistry } from '../scanning/registry.js';
import { ScanRunner, type RunnerHooks } from '../scanning/runner.js';
import { ScanService } from '../scanning/scan-service.js';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';

export type AppLogger = pino.Logger;

export interface Runtime {
  config: Config;
  log: AppLogger;
  clock: Clock;
  store: Store;
  queue: JobQueue;
  registry: ScannerRegistry;
  sealer: CredentialSealer;
  metrics: ScannerMetrics;
  scans: ScanService;
  runner: ScanRunner;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** `private`: a queue in memory only for this process (the one-shot `scan` command). */
  queue?: 'configured' | 'private';
  sinks?: EventSink[];
  hooks?: RunnerHooks;
  logDestination?: 'stderr' | 'silent';
}

/** Store adapters by URL scheme; unset DATABASE_URL is SQLite in the data directory. */
const storeAdapters: Record<string, (config: Config) => Promise<Store>> = {
  sqlite: (config) => createSqliteStore({ file: join(config.dataDir, 'clouddiagnoze.db') }),
};

function storeScheme(config: Config): string {
  if (!config.databaseUrl) return 'sqlite';
  return new URL(config.databaseUrl).protocol.replace(/:$/, '');
}

export class RuntimeError extends Error {}

export function createLogger(
  config: Config,
  destination: 'stderr' | 'silent' = 'stderr',
): AppLogger {
  if (destination === 'silent') return pino({ level: 'silent' });
  const redact = {
    paths: [
      '*.secret_access_key',
      '*.session_token',
      '*.authorization',
      'req.headers.authorization',
    ],
    censor: '********',
  };
  if (process.stderr.isTTY) {
    return pino({
      level: config.logLevel,
      redact,
      transport: { target: 'pino-pretty', options: { destination: 2 } },
    });
  }
  return pino({ level: config.logLevel, redact }, pino.destination(2));
}

/** The composition root: builds the adapters the configuration names. */
export async function createRuntime(
  config: Config,
  options: RuntimeOptions = {},
): Promise<Runtime> {
  const log = createLogger(config, options.logDestination);
  const scheme = storeScheme(config);
  const openStore = storeAdapters[scheme];
  if (!openStore) {
    throw new RuntimeError(
      `DATABASE_URL scheme ${scheme}: is not supported (supported: ${Object.keys(storeAdapters).join(', ')})`,
    );
  }
  mkdirSync(config.dataDir, { recursive: true });
  const store = await openStore(config);
  const queueDb = new Database(
    options.queue === 'private' ? ':memory:' : join(config.dataDir, 'queue.db'),
  );
  queueDb.pragma('journal_mode = WAL');
  queueDb.pragma('busy_timeout = 5000');
  const queue = new EmbeddedQueue(queueDb);
  const clock = systemClock;
  const registry = new ScannerRegistry();
  const sealer = new CredentialSealer(loadSecretKey(config.secretKey, config.dataDir));
  const metrics = new ScannerMetrics();
  metrics.watchQueue(queue);
  const scans = new ScanService({ store, queue, registry, sealer, clock });
  const runner = new ScanRunner({
    store,
    queue,
    registry,
    sealer,
    clock,
    log,
    observer: metrics,
    sinks: options.sinks ?? [],
    hooks: {
      ...options.hooks,
      onEvents: (provider, service, category, count) => {
        metrics.events.inc({ provider, service, category }, count);
        options.hooks?.onEvents?.(provider, service, category, count);
      },
      onUnitFinished: (scan, unit, outcome, durationMs) => {
        metrics.unitDuration.observe(
          { provider: scan.provider, service: unit.service, status: outcome.status },
          durationMs / 1000,
        );
        options.hooks?.onUnitFinished?.(scan, unit, outcome, durationMs);
      },
    },
  });
  return {
    config,
    log,
    clock,
    store,
    queue,
    registry,
    sealer,
    metrics,
    scans,
    runner,
    async close() {
      await queue.close();
      await runner.close();
      for (const sink of options.sinks ?? []) await sink.close();
      await store.close();
      queueDb.close();
    },
  };
}
