import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  paginateListSubscriptions,
  paginateListTopics,
  SNSClient,
} from '@aws-sdk/client-sns';
import pLimit from 'p-limit';
import {
  combineDatapoints,
  metricWindow,
  MetricsCollector,
  type MetricQuery,
} from '../../cloudwatch.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead } from '../../read.js';
import { regionTags, tagsOf } from '../../tagging.js';
import { mapTopicAttributes, redriveTarget } from './mapper.js';
import type {
  SnsPerformance,
  SnsRegionSnapshot,
  SnsSubscription,
  SnsTopic,
  TopicStats,
} from './model.js';

/**
 * GetTopicAttributes and GetSubscriptionAttributes take one resource: SNS has no batch form. The
 * subscriptions themselves are listed region-wide (100 a page), not per topic, and the topics' tags
 * come from one GetResources listing of the region.
 */
const READ_CONCURRENCY = 5;
const GONE = ['NotFound', 'NotFoundException', 'ResourceNotFound', 'ResourceNotFoundException'];

async function readTopic(
  ctx: AwsUnitContext,
  client: SNSClient,
  arn: string,
): Promise<Omit<SnsTopic, 'tags'>> {
  const attributes = await guardedRead(
    ctx,
    'sns:GetTopicAttributes',
    async () =>
      mapTopicAttributes(
        (
          await client.send(new GetTopicAttributesCommand({ TopicArn: arn }), {
            abortSignal: ctx.signal,
          })
        ).Attributes ?? {},
      ),
    { absentCodes: GONE },
  );
  return { arn, name: arn.split(':').pop() ?? arn, attributes };
}

async function readSubscriptions(
  ctx: AwsUnitContext,
  client: SNSClient,
): Promise<SnsSubscription[]> {
  const listed = await collectPages(
    paginateListSubscriptions({ client }, {}, { abortSignal: ctx.signal }),
    (page) => page.Subscriptions,
    // A pending subscription has no ARN yet (PendingConfirmation) and no attributes to read.
    (s) =>
      s.SubscriptionArn?.startsWith('arn:') && s.TopicArn
        ? { arn: s.SubscriptionArn, topicArn: s.TopicArn, protocol: s.Protocol ?? 'unknown' }
        : undefined,
    ctx.signal,
  );
  const limit = pLimit(READ_CONCURRENCY);
  return Promise.all(
    listed.map((s) =>
      limit(async () => ({
        ...s,
        deadLetterTargetArn: await guardedRead(
          ctx,
          'sns:GetSubscriptionAttributes',
          async () =>
            redriveTarget(
              (
                await client.send(
                  new GetSubscriptionAttributesCommand({ SubscriptionArn: s.arn }),
                  { abortSignal: ctx.signal },
                )
              ).Attributes ?? {},
            ),
          { absentCodes: GONE },
        ),
      })),
    ),
  );
}

async function collectPerformance(
  ctx: AwsUnitContext,
  names: readonly string[],
): Promise<SnsPerformance> {
  const windowDays = ctx.options.metrics_window_days;
  const window = metricWindow(ctx.clock.now(), windowDays, ctx.options.metrics_period_seconds);
  const collected = {
    status: 'collected' as const,
    windowDays,
    windowStart: window.start.toISOString(),
  };
  if (names.length === 0) return { ...collected, topics: {} };
  const queries: MetricQuery[] = [];
  const targets = new Map<string, { topic: string; field: keyof TopicStats }>();
  for (const topic of names)
    for (const [field, metricName] of [
      ['published', 'NumberOfMessagesPublished'],
      ['failed', 'NumberOfNotificationsFailed'],
    ] as const) {
      const key = `n${queries.length}`;
      queries.push({
        key,
        namespace: 'AWS/SNS',
        metricName,
        dimensions: [{ name: 'TopicName', value: topic }],
        stat: 'Sum',
      });
      targets.set(key, { topic, field });
    }
  const metrics = new MetricsCollector(window);
  metrics.add(queries);
  const data = await guardedRead(ctx, 'cloudwatch:GetMetricData', () =>
    metrics.fetch(ctx.clients.get(CloudWatchClient), { signal: ctx.signal, meter: ctx.meter }),
  );
  if (data.state !== 'available') return { status: 'unavailable', errorCode: data.errorCode };
  const topics: Record<string, TopicStats> = {};
  for (const [key, t] of targets) {
    const stats = (topics[t.topic] ??= {});
    const code = data.value.incomplete.get(key);
    if (data.value.failed.has(key) || code === 'InternalError' || code === 'Forbidden') continue;
    stats[t.field] = combineDatapoints('Sum', data.value.values.get(key) ?? []) ?? 0;
  }
  return { ...collected, topics };
}

/**
 * One region's topics: the paginated listing (the unit fails only if it fails), each topic's
 * attributes (encryption, policy judged in place), every topic's tags in one GetResources listing,
 * the region's subscriptions with their
 * redrive policies, and every topic's traffic in one batched GetMetricData fetch.
 */
export async function collectSnsSnapshot(ctx: AwsUnitContext): Promise<SnsRegionSnapshot> {
  const client = ctx.clients.get(SNSClient);
  const arns = await collectPages(
    paginateListTopics({ client }, {}, { abortSignal: ctx.signal }),
    (page) => page.Topics,
    (t) => t.TopicArn,
    ctx.signal,
  );
  const limit = pLimit(READ_CONCURRENCY);
  const [read, tags, subscriptions, performance] = await Promise.all([
    Promise.all(arns.map((arn) => limit(() => readTopic(ctx, client, arn)))),
    // Every topic's tags in one GetResources listing (none for a region without topics).
    arns.length === 0 ? undefined : regionTags(ctx, 'sns'),
    arns.length === 0
      ? Promise.resolve({ state: 'available' as const, value: [] })
      : guardedRead(ctx, 'sns:ListSubscriptions', () => readSubscriptions(ctx, client)),
    collectPerformance(
      ctx,
      arns.map((arn) => arn.split(':').pop() ?? arn),
    ),
  ]);
  const topics: SnsTopic[] = read.flatMap((t) =>
    t.attributes.state !== 'absent' && tags ? [{ ...t, tags: tagsOf(tags, t.arn) }] : [],
  );
  return { region: ctx.region, topics, subscriptions, performance };
}
