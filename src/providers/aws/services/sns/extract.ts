import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { readError } from '../../read.js';
import { SNS_METRIC as N } from './metrics.js';
import type { SnsRegionSnapshot } from './model.js';

type Value = EventDraft['metric_value'];

/** Pure: the region's topics and subscriptions → events. */
export function* extractSnsEvents(
  snapshot: SnsRegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const { performance } = snapshot;
  for (const topic of snapshot.topics) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: topic.arn,
      metric_type,
      metric_value,
    });
    yield fact(N.topicName, topic.name);
    const errors = [topic.attributes, topic.tags].flatMap((r) =>
      r.state === 'denied' || r.state === 'failed' ? [readError(r) ?? ''] : [],
    );
    if (errors.length > 0) yield fact(N.readError, errors);
    if (topic.tags.state === 'available') yield fact(N.tags, topic.tags.value);
    if (topic.attributes.state === 'available') {
      const a = topic.attributes.value;
      yield fact(N.fifo, a.fifo);
      yield fact(N.subscriptionsConfirmed, a.subscriptionsConfirmed);
      yield fact(N.encrypted, a.kmsKeyId !== undefined);
      if (a.kmsKeyId) yield fact(N.kmsKeyId, a.kmsKeyId);
      const open = a.policy.state === 'available' ? a.policy.value.publicStatements : [];
      yield fact(N.policyPublic, open.length > 0);
      if (a.policy.state === 'available') yield fact(N.policyPublicStatements, open);
    }
    if (performance.status === 'unavailable') {
      yield fact(N.performanceDataUnavailable, {
        reason: 'cloudwatch_error',
        error_code: performance.errorCode,
      });
      continue;
    }
    const stats = performance.topics[topic.name] ?? {};
    if (stats.published !== undefined) {
      yield fact(N.publishedSum, stats.published);
      yield fact(N.idleTopic, stats.published === 0);
    }
    if (stats.failed !== undefined) yield fact(N.failedSum, stats.failed);
  }

  const subscriptions = snapshot.subscriptions;
  if (subscriptions.state !== 'available') {
    if (subscriptions.state !== 'absent')
      yield {
        resource_id: regionScopeId('sns', ctx.region, ctx.accountId),
        metric_type: N.readError,
        metric_value: [readError(subscriptions) ?? ''],
      };
    return;
  }
  for (const s of subscriptions.value) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: s.arn,
      metric_type,
      metric_value,
    });
    yield fact(N.subscriptionProtocol, s.protocol);
    yield fact(N.subscriptionTopicArn, s.topicArn);
    const dlq = s.deadLetterTargetArn;
    if (dlq.state === 'available') {
      yield fact(N.hasDeadLetterQueue, dlq.value !== null);
      if (dlq.value) yield fact(N.deadLetterTargetArn, dlq.value);
    } else if (dlq.state !== 'absent') yield fact(N.readError, [readError(dlq) ?? '']);
  }
}
