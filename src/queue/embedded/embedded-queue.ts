import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type BetterSqlite3 from 'better-sqlite3';
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

export interface EmbeddedQueueOptions {
  /** How often a worker with a free slot looks for jobs that are due or were enqueued elsewhere. */
  pollIntervalMs?: number;
  /** How long a claimed job stays reserved without a heartbeat before another worker may take it. */
  lockMs?: number;
  /** Deliveries of a job before it is marked failed. */
  maxAttempts?: number;
  /** Delay before the first retry; doubled for each further one. */
  backoffMs?: number;
  /** How long a closing worker waits for its aborted handlers to settle; defaults to `lockMs`. */
  closeGraceMs?: number;
  /** How often a worker hands jobs given up on to its `onExhausted` (default 1 s). */
  reapIntervalMs?: number;
  clock?: () => number;
  /** Database errors met in the background (claiming, heartbeats, recording outcomes). */
  onError?: (error: unknown) => void;
}

interface Settings {
  pollIntervalMs: number;
  lockMs: number;
  maxAttempts: number;
  backoffMs: number;
  closeGraceMs: number;
  reapIntervalMs: number;
  clock: () => number;
  onError: (error: unknown) => void;
}

interface ClaimedJob {
  job: Job;
  token: string;
}

const MAX_ERROR_LENGTH = 2000;
const ENQUEUED = 'enqueued';
const STALLED_REASON = 'the worker running the last attempt stopped before finishing it';
/** Jobs given up on that one reaping pass hands over. */
const REAP_BATCH = 50;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS queue_jobs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  payload TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('waiting', 'active', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  run_at INTEGER NOT NULL,
  locked_until INTEGER,
  lock_token TEXT,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  rank INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS queue_jobs_claim ON queue_jobs (status, run_at, seq);
-- Jobs given up on, until a worker's onExhausted has dealt with them (leased while it does).
CREATE TABLE IF NOT EXISTS queue_exhausted (
  id TEXT PRIMARY KEY,
  payload TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  reason TEXT NOT NULL,
  lease_until INTEGER NOT NULL DEFAULT 0
);
`;

/**
 * The jobs table. Every write that depends on owning a job checks its lock token, so a worker
 * whose lock expired (and whose job another worker took over) cannot complete or retry it.
 */
class JobTable {
  readonly #db: BetterSqlite3.Database;
  readonly #insert: BetterSqlite3.Statement;
  readonly #failStalled: BetterSqlite3.Statement;
  readonly #recordStalled: BetterSqlite3.Statement;
  readonly #recordFailed: BetterSqlite3.Statement;
  readonly #leaseExhausted: BetterSqlite3.Statement;
  readonly #forgetExhausted: BetterSqlite3.Statement;
  readonly #claim: BetterSqlite3.Statement;
  readonly #complete: BetterSqlite3.Statement;
  readonly #retry: BetterSqlite3.Statement;
  readonly #fail: BetterSqlite3.Statement;
  readonly #extend: BetterSqlite3.Statement;
  readonly #depth: BetterSqlite3.Statement;

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
    db.exec(SCHEMA);
    const columns = db.prepare('PRAGMA table_info(queue_jobs)').all() as { name: string }[];
    if (!columns.some((column) => column.name === 'rank')) {
      // A queue file from before fair scheduling: its jobs keep their order (rank 0).
      db.exec('ALTER TABLE queue_jobs ADD COLUMN rank INTEGER NOT NULL DEFAULT 0');
    }
    db.exec('CREATE INDEX IF NOT EXISTS queue_jobs_fair ON queue_jobs (status, rank, run_at, seq)');
    this.#insert = db.prepare(
      `INSERT INTO queue_jobs (id, payload, status, attempts, run_at, created_at, rank)
       VALUES (@id, @payload, 'waiting', 0, @now, @now, @rank)`,
    );
    // A job whose worker died on its last allowed attempt is not run again: it may be what
    // killed the worker.
    this.#recordStalled = db.prepare(
      `INSERT OR IGNORE INTO queue_exhausted (id, payload, attempts, reason)
       SELECT id, payload, attempts, @reason FROM queue_jobs
       WHERE status = 'active' AND locked_until <= @now AND attempts >= @maxAttempts`,
    );
    this.#failStalled = db.prepare(
      `UPDATE queue_jobs
       SET status = 'failed', locked_until = NULL, lock_token = NULL, last_error = @reason
       WHERE status = 'active' AND locked_until <= @now AND attempts >= @maxAttempts`,
    );
    this.#recordFailed = db.prepare(
      `INSERT OR IGNORE INTO queue_exhausted (id, payload, attempts, reason)
       SELECT id, payload, attempts, @error FROM queue_jobs WHERE id = @id AND lock_token = @token`,
    );
    this.#leaseExhausted = db.prepare(
      `UPDATE queue_exhausted SET lease_until = @leaseUntil
       WHERE id IN (SELECT id FROM queue_exhausted WHERE lease_until <= @now LIMIT @limit)
       RETURNING id, payload, attempts, reason`,
    );
    this.#forgetExhausted = db.prepare(`DELETE FROM queue_exhausted WHERE id = @id`);
    // Each branch walks an index and stops at its first row, so a claim costs the same whatever
    // the number of waiting jobs. Waiting jobs go by rank first (fair scheduling, see `ranks`).
    this.#claim = db.prepare(
      `UPDATE queue_jobs
       SET status = 'active', attempts = attempts + 1, locked_until = @lockedUntil, lock_token = @token
       WHERE seq = (
         SELECT seq FROM (
           SELECT * FROM (
             SELECT seq, rank, run_at FROM queue_jobs
             WHERE status = 'waiting' AND run_at <= @now ORDER BY rank, run_at, seq LIMIT 1
           )
           UNION ALL
           SELECT * FROM (
             SELECT seq, rank, run_at FROM queue_jobs
             WHERE status = 'active' AND locked_until <= @now ORDER BY run_at, seq LIMIT 1
           )
         ) ORDER BY rank, run_at, seq LIMIT 1
       )
       RETURNING id, payload, attempts`,
    );
    this.#complete = db.prepare(`DELETE FROM queue_jobs WHERE id = @id AND lock_token = @token`);
    this.#retry = db.prepare(
      `UPDATE queue_jobs
       SET status = 'waiting', run_at = @runAt, locked_until = NULL, lock_token = NULL, last_error = @error
       WHERE id = @id AND lock_token = @token`,
    );
    this.#fail = db.prepare(
      `UPDATE queue_jobs
       SET status = 'failed', locked_until = NULL, lock_token = NULL, last_error = @error
       WHERE id = @id AND lock_token = @token`,
    );
    this.#extend = db.prepare(
      `UPDATE queue_jobs SET locked_until = @lockedUntil
       WHERE id = @id AND lock_token = @token AND status = 'active'`,
    );
    this.#depth = db.prepare(
      `SELECT status, COUNT(*) AS count FROM queue_jobs
       WHERE status IN ('waiting', 'active') GROUP BY status`,
    );
  }

  insert(payloads: readonly JobPayload[], now: number): string[] {
    const ids: string[] = [];
    this.#db
      .transaction(() => {
        const rank = ranks(payloads);
        payloads.forEach((payload, i) => {
          const id = randomUUID();
          this.#insert.run({ id, payload: JSON.stringify(payload), now, rank: rank[i] });
          ids.push(id);
        });
      })
      .immediate();
    return ids;
  }

  claim(now: number, lockMs: number, maxAttempts: number): ClaimedJob | undefined {
    const token = randomUUID();
    const row = this.#db
      .transaction(() => {
        this.#failStalledJobs(now, maxAttempts);
        return this.#claim.get({ now, lockedUntil: now + lockMs, token }) as
          { id: string; payload: string; attempts: number } | undefined;
      })
      .immediate();
    if (!row) return undefined;
    return {
      job: { id: row.id, payload: JSON.parse(row.payload) as JobPayload, attempts: row.attempts },
      token,
    };
  }

  #failStalledJobs(now: number, maxAttempts: number): void {
    this.#recordStalled.run({ now, maxAttempts, reason: STALLED_REASON });
    this.#failStalled.run({ now, maxAttempts, reason: STALLED_REASON });
  }

  /** Leases up to `limit` jobs given up on (failing stalled ones first); each must be forgotten once dealt with. */
  leaseExhausted(now: number, leaseMs: number, maxAttempts: number, limit: number): ExhaustedJob[] {
    return this.#db
      .transaction(() => {
        this.#failStalledJobs(now, maxAttempts);
        const rows = this.#leaseExhausted.all({ now, leaseUntil: now + leaseMs, limit }) as {
          id: string;
          payload: string;
          attempts: number;
          reason: string;
        }[];
        return rows.map((row) => ({
          id: row.id,
          payload: JSON.parse(row.payload) as JobPayload,
          attempts: row.attempts,
          reason: row.reason,
        }));
      })
      .immediate();
  }

  forgetExhausted(id: string): void {
    this.#forgetExhausted.run({ id });
  }

  complete(id: string, token: string): void {
    this.#complete.run({ id, token });
  }

  retry(id: string, token: string, runAt: number, error: string): void {
    this.#retry.run({ id, token, runAt, error });
  }

  fail(id: string, token: string, error: string): void {
    this.#db
      .transaction(() => {
        this.#recordFailed.run({ id, token, error });
        this.#fail.run({ id, token, error });
      })
      .immediate();
  }

  /** Extends the locks of the given jobs; returns the ids whose lock this worker no longer holds. */
  extend(jobs: readonly ClaimedJob[], lockedUntil: number): string[] {
    return this.#db
      .transaction(() =>
        jobs
          .filter(
            ({ job, token }) => this.#extend.run({ id: job.id, token, lockedUntil }).changes === 0,
          )
          .map(({ job }) => job.id),
      )
      .immediate();
  }

  depth(): { waiting: number; active: number } {
    const depth = { waiting: 0, active: 0 };
    for (const row of this.#depth.all() as { status: 'waiting' | 'active'; count: number }[]) {
      depth[row.status] = row.count;
    }
    return depth;
  }
}

interface RunningJob extends ClaimedJob {
  controller: AbortController;
  settled: Promise<void>;
}

class EmbeddedWorker implements QueueWorker {
  readonly #table: JobTable;
  readonly #events: EventEmitter;
  readonly #handler: JobHandler;
  readonly #concurrency: number;
  readonly #onExhausted: ProcessOptions['onExhausted'];
  readonly #settings: Settings;
  readonly #running = new Map<string, RunningJob>();
  readonly #onEnqueued = (): void => this.#scheduleFill();
  #pollTimer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #reapTimer: NodeJS.Timeout | undefined;
  #reaping: Promise<void> = Promise.resolve();
  #reapRunning = false;
  #fillScheduled = false;
  #stopped = false;
  #closing: Promise<void> | undefined;

  constructor(
    table: JobTable,
    events: EventEmitter,
    handler: JobHandler,
    options: ProcessOptions,
    settings: Settings,
  ) {
    this.#table = table;
    this.#events = events;
    this.#handler = handler;
    this.#concurrency = options.concurrency;
    this.#onExhausted = options.onExhausted;
    this.#settings = settings;
    events.on(ENQUEUED, this.#onEnqueued);
    this.#scheduleFill();
    if (this.#onExhausted) {
      this.#reapTimer = setInterval(() => this.#reap(), settings.reapIntervalMs).unref();
      this.#reap();
    }
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  async #shutdown(): Promise<void> {
    this.#stopped = true;
    this.#events.off(ENQUEUED, this.#onEnqueued);
    clearTimeout(this.#pollTimer);
    clearInterval(this.#reapTimer);
    const running = [...this.#running.values()];
    for (const entry of running) entry.controller.abort();
    if (running.length > 0) {
      let graceTimer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        graceTimer = setTimeout(resolve, this.#settings.closeGraceMs).unref();
      });
      await Promise.race([Promise.all(running.map((entry) => entry.settled)), grace]);
      clearTimeout(graceTimer);
    }
    // Handlers still running keep their lock until it expires; then another worker takes the job.
    this.#stopHeartbeat();
    // A hand-over still running is left to finish; if it never does, its lease lapses and another
    // worker offers the job again.
    await settlesWithin(this.#reaping, this.#settings.closeGraceMs);
  }

  /** Hands the jobs given up on to `onExhausted`; one that throws is offered again once its lease ends. */
  #reap(): void {
    const onExhausted = this.#onExhausted;
    if (!onExhausted || this.#reapRunning || this.#stopped) return;
    this.#reapRunning = true;
    this.#reaping = (async () => {
      try {
        const { clock, lockMs, maxAttempts, onError } = this.#settings;
        let batch: ExhaustedJob[];
        do {
          batch = this.#table.leaseExhausted(clock(), lockMs, maxAttempts, REAP_BATCH);
          for (const job of batch) {
            try {
              await onExhausted(job);
              this.#table.forgetExhausted(job.id);
            } catch (error) {
              onError(error);
            }
          }
        } while (batch.length === REAP_BATCH && !this.#stopped);
      } catch (error) {
        this.#settings.onError(error);
      } finally {
        this.#reapRunning = false;
      }
    })();
  }

  #scheduleFill(): void {
    if (this.#fillScheduled || this.#stopped) return;
    this.#fillScheduled = true;
    queueMicrotask(() => this.#fill());
  }

  #fill(): void {
    this.#fillScheduled = false;
    if (this.#stopped) return;
    clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
    const { clock, lockMs, maxAttempts, pollIntervalMs } = this.#settings;
    try {
      while (this.#running.size < this.#concurrency) {
        const claimed = this.#table.claim(clock(), lockMs, maxAttempts);
        if (!claimed) break;
        this.#start(claimed);
      }
    } catch (error) {
      this.#settings.onError(error);
    }
    if (this.#running.size < this.#concurrency) {
      this.#pollTimer = setTimeout(() => this.#fill(), pollIntervalMs).unref();
    }
  }

  #start(claimed: ClaimedJob): void {
    const controller = new AbortController();
    const entry: RunningJob = { ...claimed, controller, settled: Promise.resolve() };
    this.#running.set(claimed.job.id, entry);
    this.#startHeartbeat();
    entry.settled = this.#run(entry);
  }

  async #run(entry: RunningJob): Promise<void> {
    let failure: { error: unknown } | undefined;
    try {
      await this.#handler(entry.job, entry.controller.signal);
    } catch (error) {
      failure = { error };
    }
    try {
      this.#record(entry, failure);
    } catch (error) {
      this.#settings.onError(error);
    } finally {
      this.#running.delete(entry.job.id);
      if (this.#running.size === 0) this.#stopHeartbeat();
      this.#scheduleFill();
    }
  }

  #record({ job, token }: RunningJob, failure: { error: unknown } | undefined): void {
    if (!failure) {
      this.#table.complete(job.id, token);
      return;
    }
    const message = errorMessage(failure.error);
    const { maxAttempts, backoffMs, clock } = this.#settings;
    if (job.attempts < maxAttempts) {
      this.#table.retry(job.id, token, clock() + backoffMs * 2 ** (job.attempts - 1), message);
    } else {
      this.#table.fail(job.id, token, message);
      this.#reap();
    }
  }

  #startHeartbeat(): void {
    if (this.#heartbeat || this.#stopped) return;
    const every = Math.max(1, Math.floor(this.#settings.lockMs / 3));
    this.#heartbeat = setInterval(() => this.#beat(), every).unref();
  }

  #stopHeartbeat(): void {
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }

  #beat(): void {
    const running = [...this.#running.values()];
    if (running.length === 0) return;
    try {
      const lost = this.#table.extend(running, this.#settings.clock() + this.#settings.lockMs);
      // Another worker took these jobs over after their lock expired: stop working on them.
      for (const id of lost) this.#running.get(id)?.controller.abort();
    } catch (error) {
      this.#settings.onError(error);
    }
  }
}

/**
 * The embedded default of the job queue: jobs live in the `queue_jobs` table of the SQLite
 * database shared with the store, so a restart resumes unfinished work, and several processes
 * on the same file share the jobs. Workers in this process are woken at once by `enqueue`;
 * workers elsewhere find new jobs by polling.
 */
export class EmbeddedQueue implements JobQueue {
  readonly #table: JobTable;
  readonly #settings: Settings;
  readonly #events = new EventEmitter();
  readonly #workers = new Set<EmbeddedWorker>();
  #closed = false;

  constructor(db: BetterSqlite3.Database, options: EmbeddedQueueOptions = {}) {
    const lockMs = positive('lockMs', options.lockMs ?? 30_000);
    this.#settings = {
      pollIntervalMs: positive('pollIntervalMs', options.pollIntervalMs ?? 250),
      lockMs,
      maxAttempts: positive('maxAttempts', options.maxAttempts ?? 3),
      backoffMs: positive('backoffMs', options.backoffMs ?? 1_000, 0),
      closeGraceMs: positive('closeGraceMs', options.closeGraceMs ?? lockMs, 0),
      reapIntervalMs: positive('reapIntervalMs', options.reapIntervalMs ?? 1_000),
      clock: options.clock ?? Date.now,
      onError:
        options.onError ??
        ((error) => process.emitWarning(`embedded queue: ${errorMessage(error)}`)),
    };
    this.#events.setMaxListeners(0);
    this.#table = new JobTable(db);
  }

  async enqueue(payload: JobPayload): Promise<string> {
    const [id] = this.#add([payload]);
    return id as string;
  }

  async enqueueMany(payloads: JobPayload[]): Promise<void> {
    if (payloads.length > 0) this.#add(payloads);
  }

  process(handler: JobHandler, options: ProcessOptions): QueueWorker {
    this.#assertOpen();
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new RangeError(`concurrency must be a positive integer, got ${options.concurrency}`);
    }
    const worker = new EmbeddedWorker(this.#table, this.#events, handler, options, this.#settings);
    this.#workers.add(worker);
    return worker;
  }

  async depth(): Promise<{ waiting: number; active: number }> {
    return this.#table.depth();
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#workers].map((worker) => worker.close()));
  }

  #add(payloads: readonly JobPayload[]): string[] {
    this.#assertOpen();
    const ids = this.#table.insert(payloads, this.#settings.clock());
    this.#events.emit(ENQUEUED);
    return ids;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('the queue is closed');
  }
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms).unref();
  });
  await Promise.race([promise, grace]);
  clearTimeout(timer);
}

function positive(name: string, value: number, min = 1): number {
  if (!Number.isFinite(value) || value < min) {
    throw new RangeError(`${name} must be a number ≥ ${min}, got ${value}`);
  }
  return value;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH)}…` : message;
}
