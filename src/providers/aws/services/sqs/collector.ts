import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { GetQueueAttributesCommand, paginateListQueues, SQSClient } from '@aws-sdk/client-sqs';
import pLimit from 'p-limit';
import {
  combineDatapoints,
  metricWindow,
  MetricsCollector,
  type MetricQuery,
  type MetricStatistic,
} from '../../cloudwatch.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead } from '../../read.js';
import { regionTags, tagsOf } from '../../tagging.js';
import { mapAttributes, queueIdentity } from './mapper.js';
import type { QueueStats, SqsPerformance, SqsQueue, SqsRegionSnapshot } from './model.js';

/** ListQueues returns at most 1,000 queue URLs a page. */
const PAGE_SIZE = 1000;
/**
 * GetQueueAttributes takes one queue: SQS has no batch form. The queues' tags come from one
 * GetResources listing of the region.
 */
const QUEUE_READ_CONCURRENCY = 5;
const GONE = ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'];

const STATISTICS: readonly {
  field: keyof QueueStats;
  metricName: string;
  stat: MetricStatistic;
}[] = [
  { field: 'sent', metricName: 'NumberOfMessagesSent', stat: 'Sum' },
  { field: 'received', metricName: 'NumberOfMessagesReceived', stat: 'Sum' },
  {
    field: 'oldestMessageAgeMaxSeconds',
    metricName: 'ApproximateAgeOfOldestMessage',
    stat: 'Maximum',
  },
];

async function readQueue(
  ctx: AwsUnitContext,
  client: SQSClient,
  url: string,
): Promise<Omit<SqsQueue, 'tags'> | undefined> {
  const identity = queueIdentity(url, ctx.region);
  if (!identity) return undefined;
  const attributes = await guardedRead(
    ctx,
    'sqs:GetQueueAttributes',
    async () =>
      mapAttributes(
        (
          await client.send(
            new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }),
            { abortSignal: ctx.signal },
          )
        ).Attributes ?? {},
      ),
    { absentCodes: GONE },
  );
  return { url, ...identity, attributes };
}

async function collectPerformance(
  ctx: AwsUnitContext,
  names: readonly string[],
): Promise<SqsPerformance> {
  const windowDays = ctx.options.metrics_window_days;
  const window = metricWindow(ctx.clock.now(), windowDays, ctx.options.metrics_period_seconds);
  const collected = {
    status: 'collected' as const,
    windowDays,
    windowStart: window.start.toISOString(),
  };
  if (names.length === 0) return { ...collected, queues: {} };
  const queries: MetricQuery[] = [];
  const targets = new Map<
    string,
    { queue: string; field: keyof QueueStats; stat: MetricStatistic }
  >();
  for (const queue of names)
    for (const s of STATISTICS) {
      const key = `s${queries.length}`;
      queries.push({
        key,
        namespace: 'AWS/SQS',
        metricName: s.metricName,
        dimensions: [{ name: 'QueueName', value: queue }],
        stat: s.stat,
      });
      targets.set(key, { queue, field: s.field, stat: s.stat });
    }
  const metrics = new MetricsCollector(window);
  metrics.add(queries);
  const data = await guardedRead(ctx, 'cloudwatch:GetMetricData', () =>
    metrics.fetch(ctx.clients.get(CloudWatchClient), { signal: ctx.signal, meter: ctx.meter }),
  );
  if (data.state !== 'available') return { status: 'unavailable', errorCode: data.errorCode };
  const queues: Record<string, QueueStats> = {};
  for (const [key, t] of targets) {
    const stats = (queues[t.queue] ??= {});
    const code = data.value.incomplete.get(key);
    if (data.value.failed.has(key) || code === 'InternalError' || code === 'Forbidden') continue;
    const value = combineDatapoints(t.stat, data.value.values.get(key) ?? []);
    // SQS publishes its metrics every 5 minutes for an active queue; none over the window means 0.
    stats[t.field] = value ?? 0;
  }
  return { ...collected, queues };
}

/**
 * One region's queues: the paginated listing (the unit fails only if it fails), each queue's
 * attributes (encryption, access policy judged in place, redrive), every queue's tags in one
 * GetResources listing, and every queue's
 * traffic in one batched GetMetricData fetch.
 */
export async function collectSqsSnapshot(ctx: AwsUnitContext): Promise<SqsRegionSnapshot> {
  const client = ctx.clients.get(SQSClient);
  const urls = await collectPages(
    paginateListQueues({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: ctx.signal }),
    (page) => page.QueueUrls,
    (url) => url,
    ctx.signal,
  );
  const limit = pLimit(QUEUE_READ_CONCURRENCY);
  const [read, tags, performance] = await Promise.all([
    Promise.all(urls.map((url) => limit(() => readQueue(ctx, client, url)))),
    // Every queue's tags in one GetResources listing (none for a region without queues).
    urls.length === 0 ? undefined : regionTags(ctx, 'sqs'),
    collectPerformance(
      ctx,
      urls.flatMap((url) => queueIdentity(url, ctx.region)?.name ?? []),
    ),
  ]);
  // A queue deleted between the list and its read is not reported.
  const queues: SqsQueue[] = read.flatMap((q) =>
    q && q.attributes.state !== 'absent' && tags ? [{ ...q, tags: tagsOf(tags, q.arn) }] : [],
  );
  return { region: ctx.region, queues, performance };
}
