import { describe, expect, it, vi } from 'vitest';
import type { Job } from '../core/index.js';
import { InMemoryQueue } from './test-support.js';

describe('InMemoryQueue (the API tests’ queue)', () => {
  it('runs jobs on every worker, retries a failing one, and closes', async () => {
    const queue = new InMemoryQueue(2);
    const runs: string[] = [];
    let release!: () => void;
    const allDone = new Promise<void>((resolve) => (release = resolve));
    const worker = queue.process(
      async (job: Job) => {
        runs.push(`${job.payload.scan_id}#${job.attempts}`);
        if (job.payload.scan_id === 'flaky' && job.attempts === 1)
          throw new Error('first attempt fails');
        if (runs.length === 4) release();
      },
      { concurrency: 2 },
    );
    await queue.enqueueMany([
      { kind: 'plan', scan_id: 'a' },
      { kind: 'plan', scan_id: 'flaky' },
      { kind: 'plan', scan_id: 'b' },
    ]);
    await allDone;
    expect(runs.sort()).toEqual(['a#1', 'b#1', 'flaky#1', 'flaky#2']);
    await vi.waitFor(async () => expect(await queue.depth()).toEqual({ waiting: 0, active: 0 }));
    await worker.close();
    await queue.close();
    await expect(queue.enqueue({ kind: 'plan', scan_id: 'c' })).rejects.toThrow('closed');
  });
});
