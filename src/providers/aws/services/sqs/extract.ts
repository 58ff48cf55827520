import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { SQS_METRIC as Q } from './metrics.js';
import type { SqsQueue, SqsRegionSnapshot } from './model.js';
import { deadLetterQueueArns, isIdleQueue } from './signals.js';

type Value = EventDraft['metric_value'];

function* queueFacts(
  queue: SqsQueue,
  deadLetterQueues: ReadonlySet<string>,
): Generator<[string, Value]> {
  yield [Q.queueName, queue.name];
  yield [Q.queueUrl, queue.url];
  yield [Q.isDeadLetterQueue, deadLetterQueues.has(queue.arn)];
  const errors = [queue.attributes, queue.tags].flatMap((r) =>
    r.state === 'denied' || r.state === 'failed' ? [readError(r) ?? ''] : [],
  );
  if (errors.length > 0) yield [Q.readError, errors];
  if (queue.tags.state === 'available') yield [Q.tags, queue.tags.value];
  if (queue.attributes.state !== 'available') return;
  const a = queue.attributes.value;
  yield [Q.fifo, a.fifo];
  yield [Q.retentionSeconds, a.retentionSeconds];
  yield [Q.visibilityTimeoutSeconds, a.visibilityTimeoutSeconds];
  yield [Q.approximateMessages, a.approximateMessages];
  if (a.createdAt) yield [Q.createdAt, a.createdAt];
  yield [Q.encryption, a.encryption.type];
  if (a.encryption.type === 'kms') yield [Q.kmsKeyId, a.encryption.kmsKeyId];
  if (a.policy.state === 'available') {
    yield [Q.policyPublic, a.policy.value.publicStatements.length > 0];
    yield [Q.policyPublicStatements, a.policy.value.publicStatements];
  } else {
    yield [Q.policyPublic, false];
  }
  if (a.deadLetterTargetArn) yield [Q.deadLetterTargetArn, a.deadLetterTargetArn];
  if (a.maxReceiveCount !== undefined) yield [Q.maxReceiveCount, a.maxReceiveCount];
}

/** Pure: the region's queues → events, on each queue's ARN. */
export function* extractSqsEvents(snapshot: SqsRegionSnapshot): Generator<EventDraft> {
  const deadLetterQueues = deadLetterQueueArns(snapshot);
  const { performance } = snapshot;
  for (const queue of snapshot.queues) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: queue.arn,
      metric_type,
      metric_value,
    });
    for (const [metric, value] of queueFacts(queue, deadLetterQueues)) yield fact(metric, value);
    if (performance.status === 'unavailable') {
      yield fact(Q.performanceDataUnavailable, {
        reason: 'cloudwatch_error',
        error_code: performance.errorCode,
      });
      continue;
    }
    const stats = performance.queues[queue.name] ?? {};
    if (stats.sent !== undefined) yield fact(Q.sentSum, stats.sent);
    if (stats.received !== undefined) yield fact(Q.receivedSum, stats.received);
    if (stats.oldestMessageAgeMaxSeconds !== undefined)
      yield fact(Q.oldestMessageAgeMax, stats.oldestMessageAgeMaxSeconds);
    const idle = isIdleQueue(queue, performance, deadLetterQueues);
    if (idle !== undefined) yield fact(Q.idleQueue, idle);
  }
}
