import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  silentLogger,
  systemClock,
  TERMINAL_SCAN_STATUSES,
  type JobQueue,
  type QueueWorker,
  type Scan,
  type Store,
} from '../core/index.js';
import { BullMqQueue, redisClientUnavailable } from '../queue/bullmq/bullmq-queue.js';
import { redisUnavailable, testRedisUrl } from '../queue/bullmq/test-redis.js';
import { EmbeddedQueue } from '../queue/embedded/embedded-queue.js';
import { CredentialSealer } from '../scanning/credentials.js';
import { ScannerRegistry } from '../scanning/registry.js';
import { ScanRunner } from '../scanning/runner.js';
import { ScanService } from '../scanning/scan-service.js';
import { createSqliteStore, type SqliteStore } from '../storage/sqlite/sqlite-store.js';
import { fakeProvider, things } from '../../test/support/fake-provider.js';
import { Reaper } from './reaper.js';

const redisUrl = testRedisUrl();
const redisSkip = redisClientUnavailable() ?? (await redisUnavailable(redisUrl));
if (redisSkip && process.env.CI) throw new Error(`the reaper tests need Redis: ${redisSkip}`);
if (redisSkip) console.warn(`reaper tests on BullMQ are skipped: ${redisSkip}`);

const dir = mkdtempSync(join(tmpdir(), 'reaper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens queues that share one backlog, as processes of one deployment do. */
interface QueueKind {
  name: string;
  skip: string | null;
  shared(): () => JobQueue;
}

const queueKinds: QueueKind[] = [
  {
    name: 'embedded',
    skip: null,
    shared() {
      const file = join(dir, `queue-${randomBytes(4).toString('hex')}.db`);
      return () => {
        const db = new Database(file);
        db.pragma('journal_mode = WAL');
        const queue = new EmbeddedQueue(db, {
          pollIntervalMs: 20,
          lockMs: 300,
          backoffMs: 10,
          closeGraceMs: 0,
          reapIntervalMs: 50,
        });
        const close = queue.close.bind(queue);
        return Object.assign(queue, {
          close: async () => {
            await close();
            db.close();
          },
        });
      };
    },
  },
  {
    name: 'BullMQ',
    skip: redisSkip,
    shared() {
      const prefix = `cdz-reaper-${randomBytes(6).toString('hex')}`;
      return () =>
        new BullMqQueue({
          backend: { kind: 'redis', url: redisUrl, prefix },
          backoffMs: 10,
          lockDurationMs: 500,
          stalledIntervalMs: 200,
          closeGraceMs: 0,
          reapIntervalMs: 100,
        });
    },
  },
];

const hang = things(1, () => new Promise(() => {}));

async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function ended(scan: Scan | null): boolean {
  return scan !== null && TERMINAL_SCAN_STATUSES.includes(scan.status);
}

for (const kind of queueKinds) {
  describe.skipIf(kind.skip !== null)(`reaper with the ${kind.name} queue`, () => {
    const cleanup: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const close of cleanup.splice(0).reverse()) await close();
    });

    async function setUp(behaviour = hang) {
      const store = await createSqliteStore({ file: ':memory:' });
      cleanup.push(() => store.close());
      const registry = new ScannerRegistry([fakeProvider({ behaviours: { things: behaviour } })]);
      const sealer = new CredentialSealer(randomBytes(32));
      const open = kind.shared();
      const control = open();
      cleanup.push(() => control.close());
      const scans = new ScanService({
        store,
        queue: control,
        registry,
        sealer,
        clock: systemClock,
      });
      const reaper = new Reaper({
        store,
        clock: systemClock,
        log: silentLogger,
        policy: { endedScanGraceMs: 0 },
      });
      /** One worker process: its own queue connection and runner, on `runnerStore`. */
      function worker(
        runnerStore: Store = store,
        { killable = false } = {},
      ): { queue: JobQueue; worker: QueueWorker } {
        const queue = open();
        const runner = new ScanRunner({
          store: runnerStore,
          queue,
          registry,
          sealer,
          clock: systemClock,
          log: silentLogger,
          observer: { onCall: () => {} },
          cancelCheckIntervalMs: 100,
        });
        // A killed process records nothing: its handler never hears the abort nor returns.
        const handler: typeof runner.handle = killable
          ? (job) => runner.handle(job, new AbortController().signal)
          : runner.handle;
        const consumer = queue.process(handler, {
          concurrency: 2,
          onExhausted: reaper.onExhausted,
        });
        cleanup.push(async () => {
          await queue.close();
          await runner.close();
        });
        return { queue, worker: consumer };
      }
      const submit = () =>
        scans.submit({
          provider: 'fake',
          services: ['things'],
          auth_mode: { type: 'default' },
          client_id: 'ACME',
          regions: ['north-1'],
        });
      return { store, scans, reaper, worker, submit };
    }

    it('fails a unit whose worker was killed on each of its three attempts, with the reason; the scan ends', async () => {
      const { store, worker, submit } = await setUp();
      const scan = await submit();
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const life = worker(store, { killable: true });
        await waitFor(
          () => store.listUnits(scan.id),
          (units) => units[0]?.status === 'RUNNING' && units[0].attempts === attempt,
        );
        // Killed: the handler never returns and nothing is recorded; its lock lapses.
        await life.queue.close();
      }
      worker();
      const after = await waitFor(() => store.getScan(scan.id), ended);
      expect(after).toMatchObject({
        status: 'FAILED',
        progress: { units_done: 1, units_failed: 1 },
      });
      const [unit] = await store.listUnits(scan.id);
      expect(unit).toMatchObject({
        status: 'FAILED',
        attempts: 3,
        error: { code: 'AttemptsExhausted', message: expect.stringMatching(/after 3 attempts/) },
      });
      expect(await store.getSealedCredentials(scan.id)).toBeNull();
    });

    it('fails a unit whose attempts all failed on the store, with the store’s error; the scan ends', async () => {
      const { store, worker, submit } = await setUp(things(3));
      // The worker's store cannot record outcomes (a full disk); the reaper's can, later.
      const broken = Object.create(store) as SqliteStore;
      broken.finishUnit = async () => {
        throw new Error('SQLITE_FULL: database or disk is full');
      };
      const scan = await submit();
      worker(broken);
      const after = await waitFor(() => store.getScan(scan.id), ended);
      expect(after?.status).toBe('FAILED');
      const [unit] = await store.listUnits(scan.id);
      expect(unit).toMatchObject({
        status: 'FAILED',
        attempts: 3,
        error: { code: 'AttemptsExhausted', message: expect.stringContaining('SQLITE_FULL') },
      });
      expect(await store.getSealedCredentials(scan.id)).toBeNull();
    });

    it('ends at once a unit running (on a silent call) when its scan is cancelled', async () => {
      const { store, scans, worker, submit } = await setUp();
      const scan = await submit();
      worker();
      await waitFor(
        () => store.listUnits(scan.id),
        (units) => units[0]?.status === 'RUNNING',
      );
      await scans.cancel(scan.id);
      const [unit] = await waitFor(
        () => store.listUnits(scan.id),
        (units) => units[0]?.status === 'CANCELLED',
        5_000,
      );
      expect(unit?.error).toMatchObject({ code: 'Cancelled' });
      expect((await store.getScan(scan.id))?.status).toBe('CANCELLED');
    });

    it('ends the running unit of a cancelled scan whose worker is gone', async () => {
      const { store, scans, reaper, worker, submit } = await setUp();
      const scan = await submit();
      const life = worker();
      await waitFor(
        () => store.listUnits(scan.id),
        (units) => units[0]?.status === 'RUNNING',
      );
      await life.queue.close();
      await scans.cancel(scan.id);
      await reaper.sweep();
      const [unit] = await store.listUnits(scan.id);
      expect(unit).toMatchObject({ status: 'CANCELLED', error: { code: 'ScanEnded' } });
      expect(await store.getScan(scan.id)).toMatchObject({
        status: 'CANCELLED',
        progress: { units_done: 1 },
      });
    });
  });
}
