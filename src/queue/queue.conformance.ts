import { afterEach, describe, expect, it } from 'vitest';
import type { Job, JobPayload, JobQueue } from '../core/ports.js';
import { deferred } from '../../test/support/deferred.js';

export interface QueueConformanceOptions {
  /** The attempt limit the queues returned by `open` are configured with (default 3). */
  maxAttempts?: number;
  /** How long to wait for an expected outcome before failing (default 5 s). */
  timeoutMs?: number;
  /** Runs after each test once its queues are closed: drop the database, flush the Redis keys… */
  cleanup?: () => Promise<void>;
}

/**
 * The behaviour every `JobQueue` adapter must show, exercised only through the port. `open` must
 * return an empty queue configured with a short retry backoff (tens of milliseconds).
 */
export function describeQueueConformance(
  name: string,
  open: () => Promise<JobQueue>,
  options: QueueConformanceOptions = {},
): void {
  const maxAttempts = options.maxAttempts ?? 3;
  const timeoutMs = options.timeoutMs ?? 5_000;

  describe(`JobQueue conformance: ${name}`, () => {
    const opened: JobQueue[] = [];

    async function openQueue(): Promise<JobQueue> {
      const queue = await open();
      opened.push(queue);
      return queue;
    }

    function waitFor(condition: () => boolean | Promise<boolean>): Promise<void> {
      return eventually(condition, timeoutMs);
    }

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((queue) => queue.close()));
      await options.cleanup?.();
    });

    it('delivers a job’s payload to the handler once', async () => {
      const queue = await openQueue();
      const payload: JobPayload = { kind: 'unit', scan_id: 'scan-1', unit_id: 'unit-7' };
      const id = await queue.enqueue(payload);
      const seen: Job[] = [];
      queue.process(
        async (job) => {
          seen.push(job);
        },
        { concurrency: 1 },
      );

      await waitFor(async () => seen.length === 1 && (await queue.depth()).active === 0);
      await sleep(150);
      expect(seen).toEqual([{ id, payload, attempts: 1 }]);
      expect(await queue.depth()).toEqual({ waiting: 0, active: 0 });
    });

    it('gives each enqueued job its own id', async () => {
      const queue = await openQueue();
      const first = await queue.enqueue({ kind: 'plan', scan_id: 'scan-1' });
      const second = await queue.enqueue({ kind: 'plan', scan_id: 'scan-1' });
      expect(first).toEqual(expect.any(String));
      expect(second).not.toBe(first);
    });

    it('runs many jobs at most `concurrency` at once and completes them all', async () => {
      const queue = await openQueue();
      const payloads: JobPayload[] = Array.from({ length: 12 }, (_, i) => ({
        kind: 'unit',
        scan_id: 'scan-1',
        unit_id: `unit-${i}`,
      }));
      await queue.enqueueMany(payloads);
      let inFlight = 0;
      let maxInFlight = 0;
      const done: string[] = [];
      queue.process(
        async (job) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await sleep(15);
          inFlight -= 1;
          if (job.payload.kind === 'unit') done.push(job.payload.unit_id);
        },
        { concurrency: 2 },
      );

      await waitFor(() => done.length === payloads.length);
      expect(maxInFlight).toBe(2);
      expect([...done].sort()).toEqual(
        payloads.map((p) => (p.kind === 'unit' ? p.unit_id : '')).sort(),
      );
      await waitFor(async () => (await queue.depth()).active === 0);
      expect(await queue.depth()).toEqual({ waiting: 0, active: 0 });
    });

    it('retries a failing handler until it succeeds, counting attempts', async () => {
      const queue = await openQueue();
      const id = await queue.enqueue({ kind: 'plan', scan_id: 'scan-retry' });
      const deliveries: Pick<Job, 'id' | 'attempts'>[] = [];
      let succeeded = false;
      queue.process(
        async (job) => {
          deliveries.push({ id: job.id, attempts: job.attempts });
          if (job.attempts < 2) throw new Error('throttled by the cloud API');
          succeeded = true;
        },
        { concurrency: 1 },
      );

      await waitFor(() => succeeded);
      expect(deliveries).toEqual([
        { id, attempts: 1 },
        { id, attempts: 2 },
      ]);
      await waitFor(async () => (await queue.depth()).active === 0);
      expect(await queue.depth()).toEqual({ waiting: 0, active: 0 });
    });

    it('stops retrying a job that always fails after the attempt limit', async () => {
      const queue = await openQueue();
      await queue.enqueue({ kind: 'plan', scan_id: 'scan-broken' });
      const attempts: number[] = [];
      queue.process(
        async (job) => {
          attempts.push(job.attempts);
          throw new Error('AccessDenied');
        },
        { concurrency: 1 },
      );

      await waitFor(async () => {
        const depth = await queue.depth();
        return attempts.length === maxAttempts && depth.waiting === 0 && depth.active === 0;
      });
      await sleep(200);
      expect(attempts).toEqual(Array.from({ length: maxAttempts }, (_, i) => i + 1));
      expect(await queue.depth()).toEqual({ waiting: 0, active: 0 });
    });

    it('hands a job that used its last delivery to onExhausted, with its reason, until that resolves', async () => {
      const queue = await openQueue();
      const payload: JobPayload = { kind: 'unit', scan_id: 'scan-doomed', unit_id: 'unit-1' };
      const id = await queue.enqueue(payload);
      const handed: { id: string; attempts: number; reason: string }[] = [];
      queue.process(
        async () => {
          throw new Error('socket hang up');
        },
        {
          concurrency: 1,
          onExhausted: async (job) => {
            expect(job.payload).toEqual(payload);
            handed.push({ id: job.id, attempts: job.attempts, reason: job.reason });
            // The first hand-over fails (say the store is down): the job is offered again.
            if (handed.length === 1) throw new Error('store unavailable');
          },
        },
      );

      await waitFor(() => handed.length === 2);
      await sleep(400);
      expect(handed).toHaveLength(2);
      for (const entry of handed) {
        expect(entry).toEqual({ id, attempts: maxAttempts, reason: 'socket hang up' });
      }
    });

    it('interleaves scans: a newly planned scan’s first units run before an earlier scan’s backlog', async () => {
      const queue = await openQueue();
      const units = (scanId: string, count: number): JobPayload[] =>
        Array.from({ length: count }, (_, i) => ({
          kind: 'unit',
          scan_id: scanId,
          unit_id: `${scanId}-${i + 1}`,
        }));
      await queue.enqueueMany(units('big', 5));
      await queue.enqueueMany(units('small', 2));
      const order: string[] = [];
      queue.process(
        async (job) => {
          if (job.payload.kind === 'unit') order.push(job.payload.unit_id);
        },
        { concurrency: 1 },
      );
      await waitFor(() => order.length === 7);
      expect(order).toEqual(['big-1', 'small-1', 'big-2', 'small-2', 'big-3', 'big-4', 'big-5']);
    });

    it('reports waiting and active jobs in depth', async () => {
      const queue = await openQueue();
      expect(await queue.depth()).toEqual({ waiting: 0, active: 0 });
      await queue.enqueueMany([
        { kind: 'plan', scan_id: 'scan-a' },
        { kind: 'plan', scan_id: 'scan-b' },
        { kind: 'plan', scan_id: 'scan-c' },
      ]);
      expect(await queue.depth()).toEqual({ waiting: 3, active: 0 });

      const release = deferred();
      let started = 0;
      queue.process(
        async () => {
          started += 1;
          await release.promise;
        },
        { concurrency: 1 },
      );
      await waitFor(() => started === 1);
      expect(await queue.depth()).toEqual({ waiting: 2, active: 1 });

      release.resolve();
      await waitFor(async () => {
        const depth = await queue.depth();
        return started === 3 && depth.waiting === 0 && depth.active === 0;
      });
    });

    it('aborts the signal of running handlers when the worker closes, and records what they return', async () => {
      const queue = await openQueue();
      await queue.enqueue({ kind: 'plan', scan_id: 'scan-long' });
      const started = deferred();
      let sawAbort = false;
      let settled = false;
      const worker = queue.process(
        async (_job, signal) => {
          started.resolve();
          await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
          sawAbort = signal.aborted;
          settled = true;
        },
        { concurrency: 1 },
      );
      await started.promise;

      await worker.close();
      expect(sawAbort).toBe(true);
      expect(settled).toBe(true);
      expect(await queue.depth()).toEqual({ waiting: 0, active: 0 });
    });

    it('closes its workers when the queue closes', async () => {
      const queue = await openQueue();
      await queue.enqueue({ kind: 'plan', scan_id: 'scan-long' });
      const started = deferred();
      let sawAbort = false;
      queue.process(
        async (_job, signal) => {
          started.resolve();
          await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
          sawAbort = true;
        },
        { concurrency: 1 },
      );
      await started.promise;

      await queue.close();
      expect(sawAbort).toBe(true);
    });

    it('does not deliver jobs to a closed worker', async () => {
      const queue = await openQueue();
      const delivered: Job[] = [];
      const worker = queue.process(
        async (job) => {
          delivered.push(job);
        },
        { concurrency: 1 },
      );
      await worker.close();
      await queue.enqueue({ kind: 'plan', scan_id: 'scan-late' });
      await sleep(150);
      expect(delivered).toEqual([]);
      expect(await queue.depth()).toEqual({ waiting: 1, active: 0 });
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(5);
  }
}
