import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Job, JobPayload } from '../../core/ports.js';
import { deferred } from '../../../test/support/deferred.js';
import { describeQueueConformance, eventually, sleep } from '../queue.conformance.js';
import { EmbeddedQueue } from './embedded-queue.js';
import type { EmbeddedQueueOptions } from './embedded-queue.js';

const fast: EmbeddedQueueOptions = {
  pollIntervalMs: 10,
  lockMs: 1_000,
  backoffMs: 10,
  maxAttempts: 3,
  reapIntervalMs: 50,
};

const conformanceDbs: Database.Database[] = [];
describeQueueConformance(
  'embedded (SQLite)',
  async () => {
    const db = new Database(':memory:');
    conformanceDbs.push(db);
    return new EmbeddedQueue(db, fast);
  },
  {
    maxAttempts: 3,
    cleanup: async () => {
      for (const db of conformanceDbs.splice(0)) db.close();
    },
  },
);

interface Row {
  id: string;
  status: string;
  attempts: number;
  run_at: number;
  locked_until: number | null;
  last_error: string | null;
}

describe('EmbeddedQueue', () => {
  let dir: string | undefined;
  const queues: EmbeddedQueue[] = [];
  const dbs: Database.Database[] = [];

  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
    for (const db of dbs.splice(0)) if (db.open) db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function openDb(file = ':memory:'): Database.Database {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    dbs.push(db);
    return db;
  }

  function dbFile(): string {
    dir ??= mkdtempSync(join(tmpdir(), 'embedded-queue-'));
    return join(dir, 'clouddiagnoze.sqlite');
  }

  function openQueue(db: Database.Database, options: EmbeddedQueueOptions = {}): EmbeddedQueue {
    const queue = new EmbeddedQueue(db, { ...fast, ...options });
    queues.push(queue);
    return queue;
  }

  function rows(db: Database.Database): Row[] {
    return db
      .prepare(
        'SELECT id, status, attempts, run_at, locked_until, last_error FROM queue_jobs ORDER BY seq',
      )
      .all() as Row[];
  }

  const plan = (scanId: string): JobPayload => ({ kind: 'plan', scan_id: scanId });

  it('keeps enqueued jobs across closing and reopening the database file', async () => {
    const file = dbFile();
    const first = openDb(file);
    const before = openQueue(first);
    const planId = await before.enqueue(plan('scan-1'));
    await before.enqueueMany([{ kind: 'unit', scan_id: 'scan-1', unit_id: 'unit-1' }]);
    await before.close();
    first.close();

    const after = openQueue(openDb(file));
    expect(await after.depth()).toEqual({ waiting: 2, active: 0 });
    const seen: Job[] = [];
    after.process(
      async (job) => {
        seen.push(job);
      },
      { concurrency: 1 },
    );
    await eventually(() => seen.length === 2, 2_000);
    expect(seen).toEqual([
      { id: planId, payload: plan('scan-1'), attempts: 1 },
      {
        id: expect.any(String),
        payload: { kind: 'unit', scan_id: 'scan-1', unit_id: 'unit-1' },
        attempts: 1,
      },
    ]);
  });

  it('runs again, after its lock expires, a job whose worker stopped without finishing it', async () => {
    const file = dbFile();
    const dying = openQueue(openDb(file), { lockMs: 150, closeGraceMs: 20 });
    const id = await dying.enqueue(plan('scan-1'));
    const started = deferred();
    // A handler stuck on something that ignores the abort, as in a process that hangs and is killed.
    const worker = dying.process(
      async () => {
        started.resolve();
        await new Promise(() => {});
      },
      { concurrency: 1 },
    );
    await started.promise;
    await worker.close();
    expect(await dying.depth()).toEqual({ waiting: 0, active: 1 });

    const restartedDb = openDb(file);
    const restarted = openQueue(restartedDb);
    const seen: Job[] = [];
    restarted.process(
      async (job) => {
        seen.push(job);
      },
      { concurrency: 1 },
    );
    await eventually(() => seen.length === 1, 2_000);
    expect(seen).toEqual([{ id, payload: plan('scan-1'), attempts: 2 }]);
    await eventually(async () => (await restarted.depth()).active === 0, 2_000);
    expect(rows(restartedDb)).toEqual([]);
  });

  it('picks up a job left active by a killed process once its lock has expired', async () => {
    const db = openDb();
    const queue = openQueue(db, { maxAttempts: 3 });
    db.prepare(
      `INSERT INTO queue_jobs (id, payload, status, attempts, run_at, locked_until, lock_token, created_at)
       VALUES ('job-1', @payload, 'active', 1, 1000, @expired, 'dead-worker', 1000)`,
    ).run({ payload: JSON.stringify(plan('scan-9')), expired: Date.now() - 1 });

    const seen: Job[] = [];
    queue.process(
      async (job) => {
        seen.push(job);
      },
      { concurrency: 1 },
    );
    await eventually(() => seen.length === 1, 2_000);
    expect(seen).toEqual([{ id: 'job-1', payload: plan('scan-9'), attempts: 2 }]);
  });

  it('marks failed, without running it again, a job whose worker died on its last attempt', async () => {
    const db = openDb();
    const queue = openQueue(db, { maxAttempts: 3 });
    db.prepare(
      `INSERT INTO queue_jobs (id, payload, status, attempts, run_at, locked_until, lock_token, created_at)
       VALUES ('job-1', @payload, 'active', 3, 1000, @expired, 'dead-worker', 1000)`,
    ).run({ payload: JSON.stringify(plan('scan-9')), expired: Date.now() - 1 });

    const seen: Job[] = [];
    queue.process(
      async (job) => {
        seen.push(job);
      },
      { concurrency: 1 },
    );
    await eventually(() => rows(db)[0]?.status === 'failed', 2_000);
    expect(seen).toEqual([]);
    expect(await queue.depth()).toEqual({ waiting: 0, active: 0 });
    expect(rows(db)[0]?.last_error).toMatch(/stopped before finishing/);
  });

  it('hands a job whose worker died on its last attempt to onExhausted, even with every slot busy', async () => {
    const db = openDb();
    const queue = openQueue(db, { maxAttempts: 3 });
    db.prepare(
      `INSERT INTO queue_jobs (id, payload, status, attempts, run_at, locked_until, lock_token, created_at)
       VALUES ('job-1', @payload, 'active', 3, 1000, @expired, 'dead-worker', 1000)`,
    ).run({ payload: JSON.stringify(plan('scan-9')), expired: Date.now() - 1 });
    await queue.enqueue(plan('scan-busy'));
    const busy = deferred();
    const exhausted: { id: string; attempts: number; reason: string }[] = [];
    queue.process(() => busy.promise, {
      concurrency: 1,
      onExhausted: async ({ id, attempts, reason }) => {
        exhausted.push({ id, attempts, reason });
      },
    });
    await eventually(() => exhausted.length === 1, 2_000);
    expect(exhausted).toEqual([
      { id: 'job-1', attempts: 3, reason: expect.stringMatching(/stopped before finishing/) },
    ]);
    busy.resolve();
  });

  it('offers a job given up on to a worker started after a crash that lost the hand-over', async () => {
    const file = dbFile();
    const first = openQueue(openDb(file), { maxAttempts: 1 });
    await first.enqueue(plan('scan-lost'));
    const worker = first.process(
      async () => {
        throw new Error('AccessDenied');
      },
      {
        concurrency: 1,
        // The process dies while handing the job over: the hand-over never resolves.
        onExhausted: () => new Promise(() => {}),
      },
    );
    await eventually(() => rows(openDb(file))[0]?.status === 'failed', 2_000);
    void worker.close();

    const seen: string[] = [];
    openQueue(openDb(file), { maxAttempts: 1, lockMs: 100 }).process(async () => {}, {
      concurrency: 1,
      onExhausted: async (job) => {
        seen.push(job.reason);
      },
    });
    await eventually(() => seen.length === 1, 3_000);
    expect(seen).toEqual(['AccessDenied']);
  });

  it('runs the jobs of a queue file written before fair scheduling', async () => {
    const db = openDb();
    db.exec(`CREATE TABLE queue_jobs (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, payload TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('waiting', 'active', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0, run_at INTEGER NOT NULL, locked_until INTEGER,
      lock_token TEXT, last_error TEXT, created_at INTEGER NOT NULL)`);
    db.prepare(
      `INSERT INTO queue_jobs (id, payload, status, run_at, created_at)
       VALUES ('old-job', @payload, 'waiting', 1000, 1000)`,
    ).run({ payload: JSON.stringify(plan('scan-old')) });
    const queue = openQueue(db);
    const seen: string[] = [];
    queue.process(
      async (job) => {
        seen.push(job.id);
      },
      { concurrency: 1 },
    );
    await eventually(() => seen.length === 1, 2_000);
    expect(seen).toEqual(['old-job']);
  });

  it('never runs the same job twice at once across two queues on the same file', async () => {
    const file = dbFile();
    const a = openQueue(openDb(file), { lockMs: 100 });
    const b = openQueue(openDb(file), { lockMs: 100 });
    const payloads = Array.from({ length: 24 }, (_, i) => plan(`scan-${i}`));
    await a.enqueueMany(payloads);

    const running = new Set<string>();
    const overlaps: string[] = [];
    const runs = new Map<string, number>();
    const byQueue = { a: 0, b: 0 };
    const handler = (name: 'a' | 'b') => async (job: Job) => {
      if (running.has(job.id)) overlaps.push(job.id);
      running.add(job.id);
      byQueue[name] += 1;
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      // Some jobs outlast the lock, so only the heartbeat keeps the other queue off them.
      await sleep(job.payload.scan_id.endsWith('0') ? 250 : 10);
      running.delete(job.id);
    };
    a.process(handler('a'), { concurrency: 2 });
    b.process(handler('b'), { concurrency: 2 });

    await eventually(
      async () => runs.size === payloads.length && (await a.depth()).active === 0,
      5_000,
    );
    expect(overlaps).toEqual([]);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(byQueue.a).toBeGreaterThan(0);
    expect(byQueue.b).toBeGreaterThan(0);
  });

  it('aborts a handler whose job was taken over by another worker and ignores its outcome', async () => {
    const db = openDb();
    const queue = openQueue(db, { lockMs: 60 });
    await queue.enqueue(plan('scan-1'));
    const aborted = deferred();
    queue.process(
      async (_job, signal) => {
        signal.addEventListener('abort', () => aborted.resolve());
        await aborted.promise;
      },
      { concurrency: 1 },
    );
    await eventually(() => rows(db)[0]?.status === 'active', 2_000);

    db.prepare(`UPDATE queue_jobs SET lock_token = 'other-worker'`).run();
    await aborted.promise;
    await sleep(20);
    expect(rows(db)).toEqual([expect.objectContaining({ status: 'active', attempts: 1 })]);
  });

  it('schedules retries with exponential backoff and keeps the last error message', async () => {
    let now = 1_700_000_000_000;
    const db = openDb();
    const queue = openQueue(db, { backoffMs: 100, maxAttempts: 3, clock: () => now });
    await queue.enqueue(plan('scan-1'));
    const attempts: number[] = [];
    queue.process(
      async (job) => {
        attempts.push(job.attempts);
        throw new Error(`AccessDenied on attempt ${job.attempts}`);
      },
      { concurrency: 1 },
    );

    await eventually(() => rows(db)[0]?.status === 'waiting' && attempts.length === 1, 2_000);
    expect(rows(db)[0]).toMatchObject({
      attempts: 1,
      run_at: now + 100,
      last_error: 'AccessDenied on attempt 1',
    });

    now += 99;
    await sleep(60);
    expect(attempts).toEqual([1]);

    now += 1;
    await eventually(() => attempts.length === 2 && rows(db)[0]?.status === 'waiting', 2_000);
    expect(rows(db)[0]).toMatchObject({ attempts: 2, run_at: now + 200 });

    now += 200;
    await eventually(() => rows(db)[0]?.status === 'failed', 2_000);
    expect(attempts).toEqual([1, 2, 3]);
    expect(rows(db)[0]).toMatchObject({
      attempts: 3,
      locked_until: null,
      last_error: 'AccessDenied on attempt 3',
    });
  });

  it('wakes an idle worker as soon as a job is enqueued, without waiting for the poll', async () => {
    const queue = openQueue(openDb(), { pollIntervalMs: 60_000 });
    const delivered = deferred();
    queue.process(async () => delivered.resolve(), { concurrency: 1 });
    await sleep(20);
    const start = Date.now();
    await queue.enqueue(plan('scan-1'));
    await delivered.promise;
    expect(Date.now() - start).toBeLessThan(1_000);
  });

  it('finds by polling jobs enqueued by another process on the same file', async () => {
    const file = dbFile();
    const consumer = openQueue(openDb(file), { pollIntervalMs: 20 });
    const producer = openQueue(openDb(file));
    const seen: string[] = [];
    consumer.process(
      async (job) => {
        seen.push(job.payload.scan_id);
      },
      { concurrency: 1 },
    );
    await producer.enqueue(plan('scan-from-api'));
    await eventually(() => seen.length === 1, 2_000);
    expect(seen).toEqual(['scan-from-api']);
  });

  it('delivers jobs in the order they were enqueued', async () => {
    const queue = openQueue(openDb());
    await queue.enqueueMany(['a', 'b', 'c', 'd', 'e'].map(plan));
    const order: string[] = [];
    queue.process(
      async (job) => {
        order.push(job.payload.scan_id);
      },
      { concurrency: 1 },
    );
    await eventually(() => order.length === 5, 2_000);
    expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('refuses new jobs and workers once closed, and rejects a concurrency below 1', async () => {
    const queue = openQueue(openDb());
    expect(() => queue.process(async () => {}, { concurrency: 0 })).toThrow(RangeError);
    await queue.close();
    await expect(queue.enqueue(plan('scan-1'))).rejects.toThrow('closed');
    expect(() => queue.process(async () => {}, { concurrency: 1 })).toThrow('closed');
  });
});
