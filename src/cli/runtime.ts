import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pino from 'pino';
import {
  systemClock,
  type Clock,
  type EventSink,
  type JobQueue,
  type OutboxStore,
  type Store,
} from '../core/index.js';
import type { Config } from '../config/config.js';
import { loadSecretKey, SecretKeyError } from '../config/secret-key.js';
import { ScannerMetrics } from '../observability/metrics.js';
import { SinkService, type SinkServiceDeps } from '../pipeline/delivery.js';
import type { HttpSink } from '../pipeline/sinks/http.js';
import { REMOTE_SINKS, SINK_SETTINGS, type SinkName } from '../pipeline/sinks/names.js';
import { appendingFileSink, stdoutSink } from '../pipeline/sinks/ndjson.js';
import { SinkRouter } from '../pipeline/sinks/routing.js';
import { KeyedLimiter } from '../lib/keyed-limiter.js';
import type { BullMqBackend, BullMqQueue } from '../queue/bullmq/bullmq-queue.js';
import { EmbeddedQueue } from '../queue/embedded/embedded-queue.js';
import { reportingExhausted } from '../queue/exhausted.js';
import { CredentialSealer } from '../scanning/credentials.js';
import { CheckEngine, type CheckRegistry } from '../checks/index.js';
import { registriesOf, type Composition } from './composition.js';
import type { ScannerRegistry } from '../scanning/registry.js';
import { ScanRunner, type RunnerHooks } from '../scanning/runner.js';
import { Reaper } from '../workers/reaper.js';
import { ScanService } from '../scanning/scan-service.js';
import { RuntimeError } from './errors.js';
import { createLogger } from './logging.js';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';

export type AppLogger = pino.Logger;
export { createLogger, defaultLogFile } from './logging.js';

export interface Runtime {
  config: Config;
  log: AppLogger;
  clock: Clock;
  store: Store;
  queue: JobQueue;
  registry: ScannerRegistry;
  /** The checks the workers run (and the compliance summaries read). */
  checks: CheckRegistry;
  sealer: CredentialSealer;
  metrics: ScannerMetrics;
  scans: ScanService;
  runner: ScanRunner;
  /** Ends what no worker will (jobs given up on, units of ended scans); `serve` and `worker` start its sweep. */
  reaper: Reaper;
  /** Remote sinks: deliverers (`serve` and `worker` start them), status, dead letters. */
  sinks: SinkService;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** `private`: a queue in memory only for this process (the one-shot `scan` command). */
  queue?: 'configured' | 'private';
  sinks?: EventSink[];
  hooks?: RunnerHooks;
  logDestination?: 'stderr' | 'silent';
  /** Deliverer timings (tests shorten them). */
  deliverer?: SinkServiceDeps['deliverer'];
  /** The providers and checks to run; the build's by default. */
  composition?: Composition;
  /**
   * Process metrics (CPU, memory, event loop) in this runtime's registry: true by default; false in
   * a thread of a process whose main thread reports them.
   */
  processMetrics?: boolean;
}

/** PostgreSQL's driver is loaded only for a PostgreSQL store. */
async function openPostgresStore(config: Config): Promise<Store & OutboxStore> {
  const { createPostgresStore } = await import('../storage/postgres/postgres-store.js');
  return createPostgresStore({ url: config.databaseUrl as string });
}

/** Store adapters by URL scheme; unset DATABASE_URL is SQLite in the data directory. */
const storeAdapters: Record<string, (config: Config) => Promise<Store & OutboxStore>> = {
  sqlite: (config) =>
    createSqliteStore({
      file: join(config.dataDir, 'clouddiagnoze.db'),
      cacheMib: config.sqliteCacheMib,
    }),
  postgres: openPostgresStore,
  postgresql: openPostgresStore,
};

/** How long a starting process waits for Redis or PostgreSQL to answer for the queue. */
const QUEUE_READY_TIMEOUT_MS = 30_000;

/**
 * The job queue: BullMQ on Redis when REDIS_URL is set; BullMQ on the store's PostgreSQL when the
 * store is PostgreSQL (processes on several machines share it); else the embedded queue in the
 * data directory. The one-shot `scan` command keeps its jobs in memory.
 */
async function openQueue(
  config: Config,
  options: RuntimeOptions,
  scheme: string,
): Promise<{ queue: JobQueue; queueDb: Database.Database | null }> {
  const lockDurationMs = config.jobLockSeconds * 1000;
  let backend: BullMqBackend | null = null;
  if (options.queue !== 'private' && config.redisUrl) {
    backend = { kind: 'redis', url: config.redisUrl };
  } else if (options.queue !== 'private' && scheme.startsWith('postgres') && config.databaseUrl) {
    backend = { kind: 'postgres', url: config.databaseUrl };
  }
  if (backend) {
    let queue: BullMqQueue | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      const { BullMqQueue } = await import('../queue/bullmq/bullmq-queue.js');
      queue = new BullMqQueue({ backend, lockDurationMs, name: config.queueName });
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${QUEUE_READY_TIMEOUT_MS / 1000} s`)),
          QUEUE_READY_TIMEOUT_MS,
        );
      });
      await Promise.race([queue.ready(), timeout]);
      return { queue, queueDb: null };
    } catch (error) {
      await queue?.close().catch(() => {});
      const what = backend.kind === 'redis' ? 'Redis (REDIS_URL)' : 'PostgreSQL (DATABASE_URL)';
      const message = error instanceof Error ? error.message : String(error);
      throw new RuntimeError(`the job queue on ${what} is not available: ${message}`);
    } finally {
      clearTimeout(timer);
    }
  }
  const queueDb = new Database(
    options.queue === 'private' ? ':memory:' : join(config.dataDir, 'queue.db'),
  );
  queueDb.pragma('journal_mode = WAL');
  queueDb.pragma('busy_timeout = 5000');
  return { queue: new EmbeddedQueue(queueDb, { lockMs: lockDurationMs }), queueDb };
}

function storeScheme(config: Config): string {
  if (!config.databaseUrl) return 'sqlite';
  return new URL(config.databaseUrl).protocol.replace(/:$/, '');
}

export { RuntimeError } from './errors.js';

/** The remote sinks whose endpoint the configuration sets. */
export function configuredRemoteSinkNames(config: Config): ('opsteamize' | 'webhook')[] {
  return [
    ...(config.opsteamizeUrl ? (['opsteamize'] as const) : []),
    ...(config.webhookUrl ? (['webhook'] as const) : []),
  ];
}

/** The HTTP sinks `names`, loaded only when one is configured: their HTTP client is a large module. */
async function buildRemoteSinks(
  config: Config,
  names: ReturnType<typeof configuredRemoteSinkNames>,
): Promise<HttpSink[]> {
  if (names.length === 0) return [];
  const { opsteamizeSink, webhookSink } = await import('../pipeline/sinks/http.js');
  const shared = {
    envelope: config.opsteamizeEnvelope,
    limits: { maxEvents: config.opsteamizeBatchEvents, maxBytes: config.opsteamizeBatchBytes },
    gzipAboveBytes: config.opsteamizeGzipBytes,
    timeoutMs: config.opsteamizeTimeoutMs,
  };
  const build = {
    opsteamize: () =>
      opsteamizeSink({ ...shared, baseUrl: config.opsteamizeUrl!, token: config.opsteamizeToken }),
    webhook: () => webhookSink({ ...shared, url: config.webhookUrl!, token: config.webhookToken }),
  };
  return names.map((name) => build[name]());
}

/** The remote sinks the configuration enables, refusing a routing that names one it does not. */
async function remoteSinks(config: Config): Promise<HttpSink[]> {
  const sinks = await buildRemoteSinks(config, configuredRemoteSinkNames(config));
  const named = [
    ...defaultSinks(config).map((name) => ['CLOUDDIAGNOZE_SINKS', name] as const),
    ...Object.values(config.tenantSinks ?? {}).flatMap((names) =>
      names.map((name) => ['CLOUDDIAGNOZE_TENANT_SINKS', name] as const),
    ),
  ];
  for (const [setting, name] of named) {
    if (REMOTE_SINKS.includes(name) && !sinks.some((sink) => sink.name === name)) {
      throw new RuntimeError(`${setting} names ${name}, which needs ${SINK_SETTINGS[name]}`);
    }
  }
  return sinks;
}

/** The sinks of a scan that names none and whose tenant has none: `opsteamize` once it is configured. */
function defaultSinks(config: Config): SinkName[] {
  return config.sinks ?? (config.opsteamizeUrl ? ['opsteamize'] : []);
}

/** The composition root: builds the adapters the configuration names. */
export async function createRuntime(
  config: Config,
  options: RuntimeOptions = {},
): Promise<Runtime> {
  const { scanners: registry, checks } = registriesOf(options.composition);
  const log = createLogger(
    config,
    options.logDestination,
    registry.providers().flatMap((provider) => provider.secretFields),
  );
  const scheme = storeScheme(config);
  const openStore = storeAdapters[scheme];
  if (!openStore) {
    throw new RuntimeError(
      `DATABASE_URL scheme ${scheme}: is not supported (supported: ${Object.keys(storeAdapters).join(', ')})`,
    );
  }
  mkdirSync(config.dataDir, { recursive: true });
  const store = await openStore(config);
  let opened: Awaited<ReturnType<typeof openQueue>>;
  try {
    opened = await openQueue(config, options, scheme);
  } catch (error) {
    await store.close();
    throw error;
  }
  const { queueDb } = opened;
  // Every consumer of this runtime's queue hands the jobs it gives up on to the reaper.
  const reaper = new Reaper({ store, clock: systemClock, log });
  const queue = reportingExhausted(opened.queue, reaper.onExhausted);
  const clock = systemClock;
  // Security check results are events too: each check is declared in the catalogue.
  let sealer: CredentialSealer;
  try {
    // A private queue (one-shot scan, admin commands) seals and opens in this process only.
    sealer = new CredentialSealer(
      loadSecretKey(config, {
        ephemeral: options.queue === 'private',
        warn: (message) => log.warn({}, message),
      }),
    );
  } catch (error) {
    await store.close();
    await queue.close();
    queueDb?.close();
    if (error instanceof SecretKeyError) throw new RuntimeError(error.message);
    throw error;
  }
  const metrics = new ScannerMetrics({ defaultMetrics: options.processMetrics ?? true });
  metrics.watchQueue(queue);
  let remote: HttpSink[];
  try {
    remote = await remoteSinks(config);
  } catch (error) {
    await store.close();
    await queue.close();
    queueDb?.close();
    throw error;
  }
  const routing = { defaults: defaultSinks(config), tenants: config.tenantSinks };
  const sinks = new SinkService({
    store,
    remote,
    routing,
    clock,
    log,
    deliverer: {
      // Longer than a send may take, so that a slow aggregator never makes two deliverers race.
      leaseMs: Math.max(60_000, 2 * config.opsteamizeTimeoutMs),
      onDelivered: (sink, count) => metrics.sinkDelivered.inc({ sink }, count),
      onFailure: (sink, outcome) => metrics.sinkFailures.inc({ sink, outcome }),
      ...options.deliverer,
    },
  });
  metrics.watchSinks(store);
  // The one-shot scan writes its own output (--output, --out): the local sinks are its business.
  const local = options.sinks
    ? { stdout: null, ndjson: null }
    : {
        stdout: stdoutSink(),
        ndjson: appendingFileSink(config.ndjsonFile ?? join(config.dataDir, 'events.ndjson')),
      };
  const router = new SinkRouter(routing, local, log);
  const scans = new ScanService({
    store,
    queue,
    registry,
    sealer,
    clock,
    remoteSinks: sinks.configured,
    thresholds: config.thresholds,
  });
  const runner = new ScanRunner({
    store,
    queue,
    registry,
    sealer,
    clock,
    log,
    observer: metrics,
    evaluator: new CheckEngine(checks, clock),
    limiter: new KeyedLimiter(config.regionConcurrency),
    callTimeouts: {
      connectMs: config.connectTimeoutSeconds * 1000,
      responseMs: config.callTimeoutSeconds * 1000,
    },
    sinks: options.sinks ?? [],
    routeSinks: (scan) => router.route(scan),
    hooks: {
      ...options.hooks,
      onEvents: (provider, service, category, count) => {
        metrics.events.inc({ provider, service, category }, count);
        sinks.wake();
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
    checks,
    sealer,
    metrics,
    scans,
    runner,
    reaper,
    sinks,
    async close() {
      await reaper.stop();
      await queue.close();
      await runner.close();
      await sinks.stop();
      for (const sink of Object.values(local)) await sink?.close();
      for (const sink of options.sinks ?? []) await sink.close();
      await store.close();
      queueDb?.close();
    },
  };
}
