import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeSSLPoliciesCommand,
  DescribeTagsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeTargetGroups,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import pLimit from 'p-limit';
import { metricWindow, MetricsCollector, statisticOf, type MetricQuery } from '../../cloudwatch.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { readHourlyPrices } from '../../pricing.js';
import { guardedRead } from '../../read.js';
import {
  mapAttributes,
  mapListener,
  mapLoadBalancer,
  mapTags,
  mapTargetGroup,
  mapTargetHealth,
  metricDimension,
  type ListedLoadBalancer,
} from './mapper.js';
import {
  PRICE_FAMILIES,
  type Elbv2RegionSnapshot,
  type Elbv2Traffic,
  type LoadBalancer,
  type SslPolicies,
  type Tags,
  type TargetGroup,
} from './model.js';
import { isIdleLoadBalancer } from './signals.js';

/**
 * DescribeLoadBalancers, DescribeTargetGroups and DescribeListeners accept up to 400 a page. Their
 * paginators do not map `pageSize` to PageSize, so it is set on the input itself.
 */
const PAGE_SIZE = 400;
/** DescribeTags takes at most 20 ARNs a call. */
const TAGS_PER_CALL = 20;
/**
 * DescribeListeners and DescribeLoadBalancerAttributes take one load balancer, DescribeTargetHealth
 * one target group: ELBv2 has no batch form of them. At most this many run at once.
 */
const PER_RESOURCE_CONCURRENCY = 5;
const GONE = ['LoadBalancerNotFound', 'LoadBalancerNotFoundException', 'TargetGroupNotFound'];

const TRAFFIC_METRIC: Record<string, { namespace: string; metricName: string }> = {
  application: { namespace: 'AWS/ApplicationELB', metricName: 'RequestCount' },
  network: { namespace: 'AWS/NetworkELB', metricName: 'NewFlowCount' },
};

async function readLoadBalancer(
  ctx: AwsUnitContext,
  client: ElasticLoadBalancingV2Client,
  lb: ListedLoadBalancer,
): Promise<LoadBalancer> {
  const options = { abortSignal: ctx.signal };
  const [listeners, attributes] = await Promise.all([
    guardedRead(
      ctx,
      'elasticloadbalancing:DescribeListeners',
      () =>
        collectPages(
          paginateDescribeListeners(
            { client },
            { LoadBalancerArn: lb.arn, PageSize: PAGE_SIZE },
            options,
          ),
          (page) => page.Listeners,
          mapListener,
          ctx.signal,
        ),
      { absentCodes: GONE },
    ),
    guardedRead(
      ctx,
      'elasticloadbalancing:DescribeLoadBalancerAttributes',
      async () =>
        mapAttributes(
          (
            await client.send(
              new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lb.arn }),
              options,
            )
          ).Attributes ?? [],
        ),
      { absentCodes: GONE },
    ),
  ]);
  return { ...lb, listeners, attributes };
}

async function readTargetGroups(
  ctx: AwsUnitContext,
  client: ElasticLoadBalancingV2Client,
): Promise<TargetGroup[]> {
  const options = { abortSignal: ctx.signal };
  const listed = await collectPages(
    paginateDescribeTargetGroups({ client }, { PageSize: PAGE_SIZE }, options),
    (page) => page.TargetGroups,
    mapTargetGroup,
    ctx.signal,
  );
  const limit = pLimit(PER_RESOURCE_CONCURRENCY);
  return Promise.all(
    listed.map((tg) =>
      limit(async () => ({
        ...tg,
        health: await guardedRead(
          ctx,
          'elasticloadbalancing:DescribeTargetHealth',
          async () =>
            mapTargetHealth(
              (
                await client.send(
                  new DescribeTargetHealthCommand({ TargetGroupArn: tg.arn }),
                  options,
                )
              ).TargetHealthDescriptions ?? [],
            ),
          { absentCodes: GONE },
        ),
      })),
    ),
  );
}

async function readTags(
  ctx: AwsUnitContext,
  client: ElasticLoadBalancingV2Client,
  arns: readonly string[],
): Promise<Record<string, Tags>> {
  const out: Record<string, Tags> = {};
  for (let i = 0; i < arns.length; i += TAGS_PER_CALL) {
    const answer = await client.send(
      new DescribeTagsCommand({ ResourceArns: arns.slice(i, i + TAGS_PER_CALL) }),
      { abortSignal: ctx.signal },
    );
    Object.assign(out, mapTags(answer.TagDescriptions ?? []));
  }
  return out;
}

/** The protocols of the security policies the listeners use, in one call. */
async function readSslPolicies(
  ctx: AwsUnitContext,
  client: ElasticLoadBalancingV2Client,
  names: readonly string[],
): Promise<SslPolicies> {
  if (names.length === 0) return {};
  const answer = await client.send(new DescribeSSLPoliciesCommand({ Names: [...names] }), {
    abortSignal: ctx.signal,
  });
  const out: SslPolicies = {};
  for (const p of answer.SslPolicies ?? []) if (p.Name) out[p.Name] = [...(p.SslProtocols ?? [])];
  return out;
}

/** Requests (ALB) or new flows (NLB) of every load balancer, in one batched GetMetricData fetch. */
async function readTraffic(
  ctx: AwsUnitContext,
  loadBalancers: readonly ListedLoadBalancer[],
): Promise<Elbv2Traffic> {
  const windowDays = ctx.options.metrics_window_days;
  const window = metricWindow(ctx.clock.now(), windowDays, ctx.options.metrics_period_seconds);
  const queries: MetricQuery[] = [];
  for (const lb of loadBalancers) {
    const metric = TRAFFIC_METRIC[lb.type];
    const dimension = metricDimension(lb.arn);
    if (!metric || !dimension) continue;
    queries.push({
      key: lb.arn,
      ...metric,
      dimensions: [{ name: 'LoadBalancer', value: dimension }],
      stat: 'Sum',
    });
  }
  const collected = {
    status: 'collected' as const,
    windowDays,
    windowStart: window.start.toISOString(),
  };
  if (queries.length === 0) return { ...collected, requests: {} };
  const metrics = new MetricsCollector(window);
  metrics.add(queries);
  const data = await guardedRead(ctx, 'cloudwatch:GetMetricData', () =>
    metrics.fetch(ctx.clients.get(CloudWatchClient), { signal: ctx.signal, meter: ctx.meter }),
  );
  if (data.state !== 'available') return { status: 'unavailable', errorCode: data.errorCode };
  const requests: Record<string, number> = {};
  for (const q of queries) {
    if (data.value.failed.has(q.key)) continue;
    const code = data.value.incomplete.get(q.key);
    if (code === 'InternalError' || code === 'Forbidden') continue;
    // ELB publishes no datapoint for a period without traffic: none means zero.
    requests[q.key] = statisticOf(data.value, q.key, 'Sum') ?? 0;
  }
  return { ...collected, requests };
}

/**
 * One region's load balancers: the paginated listing (the unit fails only if it fails), each
 * one's listeners and attributes, the region's target groups with their targets' health, tags in
 * batches of 20, the security policies in use, every load balancer's traffic in one fetch and,
 * with options.cost, the hourly price of the idle ones' types.
 */
export async function collectElbv2Snapshot(ctx: AwsUnitContext): Promise<Elbv2RegionSnapshot> {
  const client = ctx.clients.get(ElasticLoadBalancingV2Client);
  const listed = await collectPages(
    paginateDescribeLoadBalancers({ client }, { PageSize: PAGE_SIZE }, { abortSignal: ctx.signal }),
    (page) => page.LoadBalancers,
    mapLoadBalancer,
    ctx.signal,
  );
  const limit = pLimit(PER_RESOURCE_CONCURRENCY);
  const [loadBalancers, targetGroups, tags, traffic] = await Promise.all([
    Promise.all(listed.map((lb) => limit(() => readLoadBalancer(ctx, client, lb)))),
    listed.length === 0
      ? Promise.resolve({ state: 'available' as const, value: [] })
      : guardedRead(ctx, 'elasticloadbalancing:DescribeTargetGroups', () =>
          readTargetGroups(ctx, client),
        ),
    guardedRead(ctx, 'elasticloadbalancing:DescribeTags', () =>
      readTags(
        ctx,
        client,
        listed.map((lb) => lb.arn),
      ),
    ),
    readTraffic(ctx, listed),
  ]);
  const policyNames = [
    ...new Set(
      loadBalancers.flatMap((lb) =>
        lb.listeners.state === 'available'
          ? lb.listeners.value.flatMap((l) => (l.sslPolicy ? [l.sslPolicy] : []))
          : [],
      ),
    ),
  ].sort();
  const sslPolicies = await guardedRead(ctx, 'elasticloadbalancing:DescribeSSLPolicies', () =>
    readSslPolicies(ctx, client, policyNames),
  );
  const idleTypes = loadBalancers
    .filter((lb) => isIdleLoadBalancer(lb, { targetGroups, traffic }) === true)
    .map((lb) => lb.type);
  // One Price List listing per type of the idle load balancers, with options.cost only.
  const pricing = await readHourlyPrices(
    ctx,
    idleTypes.filter((t) => PRICE_FAMILIES[t] !== undefined),
    (book, type) => book.loadBalancerHourly(ctx.region, PRICE_FAMILIES[type]!),
  );
  return { region: ctx.region, loadBalancers, targetGroups, tags, sslPolicies, traffic, pricing };
}
