import type { SqsPerformance, SqsQueue } from './model.js';

export { deadLetterQueueArns } from './model.js';

/**
 * Idle: nothing sent and nothing received over the whole window, for a queue that existed when it
 * began; unknown otherwise (a newer queue, or CloudWatch not answered). A dead-letter queue that
 * stays empty is healthy, not idle: it is never judged idle.
 */
export function isIdleQueue(
  queue: SqsQueue,
  performance: SqsPerformance,
  deadLetterQueues: ReadonlySet<string>,
): boolean | undefined {
  if (performance.status !== 'collected' || deadLetterQueues.has(queue.arn)) return undefined;
  const stats = performance.queues[queue.name];
  if (stats?.sent === undefined || stats.received === undefined) return undefined;
  if (stats.sent + stats.received > 0) return false;
  const created =
    queue.attributes.state === 'available' ? queue.attributes.value.createdAt : undefined;
  if (!created || created > performance.windowStart) return undefined;
  return true;
}
