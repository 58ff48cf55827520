import { createRequire } from 'node:module';
import { Queue, Worker, createPostgresBackend } from 'bullmq';
import type { ConnectionOptions, Job as BullJob, JobsOptions } from 'bullmq';
import type {
  ExhaustedJob,
  Job,
  JobHandler,
  JobPayload,
  JobQueue,
  ProcessOptions,
  QueueWorker,
} from '../../core/ports.js';
import { ranks } from '../fairness.js';

/**
 * Where BullMQ keeps its jobs: Redis (the usual engine; BullMQ reaches it through `ioredis`), or
 * PostgreSQL through BullMQ's own PostgreSQL backend (tables in their own schema).
 */
export type BullMqBackend =
  | { kind: 'redis'; url: string; prefix?: string }
  | { kind: 'postgres'; url: string; schema?: string };

export interface BullMqQueueOptions {
  backend: BullMqBackend;
  /** Queue name; every process of one deployment must use the same (default `clouddiagnoze-scans`). */
  name?: string;
  /** Deliveries of a job before it is marked failed (default 3). */
  maxAttempts?: number;
  /** Delay before the first retry, doubled for each further one (default 1 s). */
  backoffMs?: number;
  /**
   * How long a job stays locked to its worker without a renewal (default 30 s). A worker renews
   * its locks every half of it; a killed worker's jobs are taken over once it has passed.
   */
  lockDurationMs?: number;
  /** How often a worker looks for jobs whose lock expired (default `lockDurationMs`). */
  stalledIntervalMs?: number;
  /** How long a closing worker waits for its aborted handlers to settle (default `lockDurationMs`). */
  closeGraceMs?: number;
  /** How often a worker hands failed jobs to its `onExhausted` (default 5 s). */
  reapIntervalMs?: number;
  /** Errors met in the background (connection lost, lock renewal failed). */
  onError?: (error: unknown) => void;
}

export const DEFAULT_QUEUE_NAME = 'clouddiagnoze-scans';

/** Why BullMQ cannot reach Redis from this installation, or null when it can. */
export function redisClientUnavailable(): string | null {
  try {
    createRequire(import.meta.url).resolve('ioredis');
    return null;
  } catch {
    return 'the ioredis package (the Redis client BullMQ uses) is not installed: npm install ioredis';
  }
}

/** ioredis options from a `redis://` or `rediss://` URL. */
export function redisConnectionOptions(url: string): ConnectionOptions {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new RangeError(`a Redis URL starts with redis:// or rediss://, got ${parsed.protocol}//`);
  }
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) {
    throw new RangeError(`the Redis database in the URL must be a number, got ${db}`);
  }
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db !== '' ? { db: Number(db) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  } as ConnectionOptions;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

interface Settings {
  name: string;
  maxAttempts: number;
  backoffMs: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  closeGraceMs: number;
  reapIntervalMs: number;
  onError: (error: unknown) => void;
}

/** Failed jobs that one reaping pass hands over. */
const REAP_BATCH = 50;

/** What a BullMQ Queue or Worker is built with, per backend. */
interface Backend {
  queue(name: string): Queue;
  worker(name: string, processor: Processor, options: WorkerSettings): Worker;
}

type Processor = (job: BullJob, token?: string, signal?: AbortSignal) => Promise<void>;

interface WorkerSettings {
  concurrency: number;
  lockDuration: number;
  stalledInterval: number;
  maxStalledCount: number;
}

function backendFor(config: BullMqBackend): Backend {
  if (config.kind === 'redis') {
    const missing = redisClientUnavailable();
    if (missing) throw new Error(`REDIS_URL is set, but ${missing}`);
    const connection = redisConnectionOptions(config.url);
    const prefix = config.prefix ?? 'clouddiagnoze';
    return {
      queue: (name) => new Queue(name, { connection, prefix }),
      worker: (name, processor, options) =>
        new Worker(name, processor, { connection, prefix, ...options }),
    };
  }
  const schema = config.schema ?? 'clouddiagnoze_queue';
  if (!SCHEMA_NAME.test(schema)) {
    throw new RangeError(`schema must be a lower-case SQL identifier, got ${schema}`);
  }
  // BullMQ creates (and upgrades) its tables in `schema` on first connection, under a lock. It
  // pins its own search_path: one in the URL (the store's schema) would hide its functions.
  const url = new URL(config.url);
  if (/search_path/.test(url.searchParams.get('options') ?? '')) url.searchParams.delete('options');
  const connection = { connectionString: url.toString(), schema, migrate: true };
  // BullMQ's typings tie the backend factory to its Redis connection type; the PostgreSQL
  // backend takes a pg connection instead.
  const factory = createPostgresBackend as never;
  return {
    queue: (name) => new Queue(name, { connection: connection as never }, factory),
    worker: (name, processor, options) =>
      new Worker(name, processor, { connection: connection as never, ...options }, factory),
  };
}

class BullMqWorker implements QueueWorker {
  readonly #worker: Worker;
  readonly #settings: Settings;
  readonly #running = new Map<string, Promise<void>>();
  readonly #queue: Queue;
  readonly #onExhausted: ProcessOptions['onExhausted'];
  #reapTimer: NodeJS.Timeout | undefined;
  #reaping: Promise<void> | undefined;
  #closing: Promise<void> | undefined;

  constructor(
    backend: Backend,
    queue: Queue,
    handler: JobHandler,
    options: ProcessOptions,
    settings: Settings,
  ) {
    this.#settings = settings;
    this.#queue = queue;
    this.#onExhausted = options.onExhausted;
    const concurrency = options.concurrency;
    const processor: Processor = async (job, _token, signal) => {
      const run = handler(toJob(job), signal ?? new AbortController().signal);
      const settled = run.then(
        () => {},
        () => {},
      );
      this.#running.set(String(job.id), settled);
      try {
        await run;
      } finally {
        this.#running.delete(String(job.id));
      }
    };
    this.#worker = backend.worker(settings.name, processor, {
      concurrency,
      lockDuration: settings.lockDurationMs,
      stalledInterval: settings.stalledIntervalMs,
      // A job whose worker died is run again, up to the attempt limit: it may be what killed it.
      maxStalledCount: Math.max(1, settings.maxAttempts - 1),
    });
    this.#worker.on('error', (error) => settings.onError(error));
    // The handler goes on: a unit run twice stores its events once, whereas an aborted handler
    // would record the unit as cancelled while another worker may still be running it.
    this.#worker.on('lockRenewalFailed', (ids) => {
      settings.onError(new Error(`lost the lock of jobs ${ids.join(', ')}; they may run twice`));
    });
    if (this.#onExhausted) {
      // A job given up on sits in the failed set (its last attempt threw, or it stalled too often)
      // until a reaping pass has handed it over; then it is removed.
      this.#worker.on('failed', () => this.#reap());
      this.#reapTimer = setInterval(() => this.#reap(), settings.reapIntervalMs).unref();
      this.#reap();
    }
  }

  #reap(): void {
    const onExhausted = this.#onExhausted;
    if (!onExhausted || this.#reaping || this.#closing) return;
    this.#reaping = (async () => {
      try {
        let failed: BullJob[];
        do {
          failed = await this.#queue.getFailed(0, REAP_BATCH - 1);
          let handed = 0;
          for (const job of failed) {
            if (!job) continue;
            try {
              await onExhausted(toExhausted(job));
              await job.remove();
              handed += 1;
            } catch (error) {
              this.#settings.onError(error);
            }
          }
          if (handed < failed.length) break;
        } while (failed.length === REAP_BATCH && !this.#closing);
      } catch (error) {
        this.#settings.onError(error);
      } finally {
        this.#reaping = undefined;
      }
    })();
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  async #shutdown(): Promise<void> {
    clearInterval(this.#reapTimer);
    if (this.#reaping) {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.#settings.closeGraceMs).unref();
      });
      await Promise.race([this.#reaping, grace]);
      clearTimeout(timer);
    }
    const running = [...this.#running.values()];
    this.#worker.cancelAllJobs('the worker is closing');
    let settledInTime = true;
    if (running.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), this.#settings.closeGraceMs).unref();
      });
      settledInTime = await Promise.race([Promise.all(running).then(() => true), grace]);
      clearTimeout(timer);
    }
    // Handlers that ignore the abort keep their job locked until the lock expires; then another
    // worker takes it over.
    await this.#worker.close(!settledInTime);
  }
}

/**
 * The JobQueue on BullMQ: at-least-once delivery, retries with exponential backoff, and jobs of a
 * worker that died (its lock not renewed) taken over by another worker. Finished jobs are
 * removed; failed ones are kept a week for inspection.
 */
export class BullMqQueue implements JobQueue {
  readonly #settings: Settings;
  readonly #backend: Backend;
  readonly #queue: Queue;
  readonly #workers = new Set<BullMqWorker>();
  readonly #jobOptions: JobsOptions;
  #closed = false;

  constructor(options: BullMqQueueOptions) {
    const lockDurationMs = positive('lockDurationMs', options.lockDurationMs ?? 30_000);
    this.#settings = {
      name: options.name ?? DEFAULT_QUEUE_NAME,
      maxAttempts: positive('maxAttempts', options.maxAttempts ?? 3),
      backoffMs: positive('backoffMs', options.backoffMs ?? 1_000, 0),
      lockDurationMs,
      stalledIntervalMs: positive('stalledIntervalMs', options.stalledIntervalMs ?? lockDurationMs),
      closeGraceMs: positive('closeGraceMs', options.closeGraceMs ?? lockDurationMs, 0),
      reapIntervalMs: positive('reapIntervalMs', options.reapIntervalMs ?? 5_000),
      onError:
        options.onError ?? ((error) => process.emitWarning(`BullMQ queue: ${messageOf(error)}`)),
    };
    this.#backend = backendFor(options.backend);
    this.#queue = this.#backend.queue(this.#settings.name);
    this.#queue.on('error', (error) => this.#settings.onError(error));
    this.#jobOptions = {
      attempts: this.#settings.maxAttempts,
      backoff: { type: 'exponential', delay: this.#settings.backoffMs },
      removeOnComplete: true,
      removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
    };
  }

  /** Resolves once the backend answers (and, on PostgreSQL, its tables exist). */
  async ready(): Promise<void> {
    await this.#queue.waitUntilReady();
  }

  async enqueue(payload: JobPayload): Promise<string> {
    this.#assertOpen();
    const job = await this.#queue.add(payload.kind, payload, {
      ...this.#jobOptions,
      priority: priorityOf(ranks([payload])[0] ?? 0),
    });
    return String(job.id);
  }

  async enqueueMany(payloads: JobPayload[]): Promise<void> {
    this.#assertOpen();
    if (payloads.length === 0) return;
    const rank = ranks(payloads);
    await this.#queue.addBulk(
      payloads.map((payload, i) => ({
        name: payload.kind,
        data: payload,
        // Fair scheduling as in the embedded queue: BullMQ runs lower priorities first.
        opts: { ...this.#jobOptions, priority: priorityOf(rank[i] ?? 0) },
      })),
    );
  }

  process(handler: JobHandler, options: ProcessOptions): QueueWorker {
    this.#assertOpen();
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new RangeError(`concurrency must be a positive integer, got ${options.concurrency}`);
    }
    const worker = new BullMqWorker(this.#backend, this.#queue, handler, options, this.#settings);
    this.#workers.add(worker);
    return worker;
  }

  async depth(): Promise<{ waiting: number; active: number }> {
    // Jobs waiting for a retry (delayed) are still to run, as in the embedded queue.
    const counts = await this.#queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active');
    const waiting = (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0);
    return { waiting, active: counts.active ?? 0 };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#workers].map((worker) => worker.close()));
    await this.#queue.close();
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('the queue is closed');
  }
}

function toJob(job: BullJob): Job {
  return {
    id: String(job.id),
    payload: job.data as JobPayload,
    // Deliveries so far, this one included: a retry and a takeover after a crash both count.
    attempts: Math.max(1, job.attemptsStarted),
  };
}

/** BullMQ's priorities run from 1 (first) to 2^21; jobs without one would jump every queue. */
function priorityOf(rank: number): number {
  return Math.min(rank + 1, 2 ** 21);
}

function toExhausted(job: BullJob): ExhaustedJob {
  return { ...toJob(job), reason: job.failedReason || 'the job failed' };
}

function positive(name: string, value: number, min = 1): number {
  if (!Number.isFinite(value) || value < min) {
    throw new RangeError(`${name} must be a number ≥ ${min}, got ${value}`);
  }
  return value;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
