import type { ExhaustedJob, JobQueue } from '../core/ports.js';

/**
 * The queue with `onExhausted` as the default of every `process` call that names none: the
 * composition root decides once who ends the work a queue gives up on.
 */
export function reportingExhausted(
  queue: JobQueue,
  onExhausted: (job: ExhaustedJob) => Promise<void>,
): JobQueue {
  return {
    enqueue: (payload) => queue.enqueue(payload),
    enqueueMany: (payloads) => queue.enqueueMany(payloads),
    process: (handler, options) => queue.process(handler, { onExhausted, ...options }),
    depth: () => queue.depth(),
    close: () => queue.close(),
  };
}
