import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers,
} from '@aws-sdk/client-elastic-load-balancing';
import pLimit from 'p-limit';
import { collectResourceStats } from '../../cloudwatch-stats.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { PriceBook } from '../../pricing.js';
import { guardedRead } from '../../read.js';
import {
  mapAttributes,
  mapLoadBalancer,
  mapPolicies,
  mapTags,
  type ListedClassicLoadBalancer,
} from './mapper.js';
import type { ClassicLoadBalancer, ElbPricing, ElbRegionSnapshot, Tags } from './model.js';
import { idleReason } from './signals.js';

/** DescribeLoadBalancers accepts up to 400 a page (PageSize, set on the input: the paginator does not). */
const PAGE_SIZE = 400;
/** DescribeTags takes at most 20 load balancer names a call. */
const TAGS_PER_CALL = 20;
/**
 * DescribeLoadBalancerAttributes and DescribeLoadBalancerPolicies take one load balancer name:
 * the Classic API has no batch form of either (DescribeLoadBalancerPolicies without a name lists
 * AWS's sample policies, not the load balancer's). At most this many run at once.
 */
const PER_LB_CONCURRENCY = 5;
const GONE = ['LoadBalancerNotFound', 'AccessPointNotFound', 'AccessPointNotFoundException'];

async function readLoadBalancer(
  ctx: AwsUnitContext,
  client: ElasticLoadBalancingClient,
  lb: ListedClassicLoadBalancer,
): Promise<ClassicLoadBalancer> {
  const options = { abortSignal: ctx.signal };
  const [attributes, policies] = await Promise.all([
    guardedRead(
      ctx,
      'elasticloadbalancing:DescribeLoadBalancerAttributes',
      async () => {
        const answer = await client.send(
          new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: lb.name }),
          options,
        );
        return mapAttributes(answer.LoadBalancerAttributes ?? {});
      },
      { absentCodes: GONE },
    ),
    guardedRead(
      ctx,
      'elasticloadbalancing:DescribeLoadBalancerPolicies',
      async () => {
        const answer = await client.send(
          new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: lb.name }),
          options,
        );
        return mapPolicies(answer.PolicyDescriptions ?? []);
      },
      { absentCodes: GONE },
    ),
  ]);
  return { ...lb, attributes, policies };
}

async function readTags(
  ctx: AwsUnitContext,
  client: ElasticLoadBalancingClient,
  names: readonly string[],
): Promise<Record<string, Tags>> {
  const out: Record<string, Tags> = {};
  for (let i = 0; i < names.length; i += TAGS_PER_CALL) {
    const answer = await client.send(
      new DescribeTagsCommand({ LoadBalancerNames: names.slice(i, i + TAGS_PER_CALL) }),
      { abortSignal: ctx.signal },
    );
    Object.assign(out, mapTags(answer.TagDescriptions ?? []));
  }
  return out;
}

/** The region's Classic Load Balancer hourly price, only with options.cost and an idle one. */
async function readPricing(ctx: AwsUnitContext, idle: boolean): Promise<ElbPricing> {
  if (!ctx.options.cost || !idle) return { state: 'not_requested' };
  const book = new PriceBook({ clients: ctx.clients, cache: ctx.cache, signal: ctx.signal });
  return guardedRead(ctx, 'pricing:GetProducts', async () => {
    const hourlyUsd = await book.loadBalancerHourly(ctx.region, 'Load Balancer');
    if (hourlyUsd === undefined)
      throw Object.assign(new Error(`no Classic Load Balancer price for ${ctx.region}`), {
        name: 'PriceNotFound',
      });
    return { hourlyUsd };
  });
}

/**
 * One region's Classic Load Balancers: the paginated listing (the unit fails only if it fails;
 * listeners, zones and registered instances come with it), each one's attributes and policies
 * (no batch form exists), tags in batches of 20 names, every load balancer's RequestCount in one
 * batched GetMetricData fetch and, with options.cost, the hourly price when one is idle.
 */
export async function collectElbSnapshot(ctx: AwsUnitContext): Promise<ElbRegionSnapshot> {
  const client = ctx.clients.get(ElasticLoadBalancingClient);
  const listed = await collectPages(
    paginateDescribeLoadBalancers({ client }, { PageSize: PAGE_SIZE }, { abortSignal: ctx.signal }),
    (page) => page.LoadBalancerDescriptions,
    mapLoadBalancer(ctx.region, ctx.accountId),
    ctx.signal,
  );
  const limit = pLimit(PER_LB_CONCURRENCY);
  const [loadBalancers, tags, traffic] = await Promise.all([
    Promise.all(listed.map((lb) => limit(() => readLoadBalancer(ctx, client, lb)))),
    guardedRead(ctx, 'elasticloadbalancing:DescribeTags', () =>
      readTags(
        ctx,
        client,
        listed.map((lb) => lb.name),
      ),
    ),
    collectResourceStats(
      ctx,
      ctx.clients.get(CloudWatchClient),
      listed.map((lb) => ({
        id: lb.arn,
        dimensions: [{ name: 'LoadBalancerName', value: lb.name }],
      })),
      [
        {
          field: 'requests',
          namespace: 'AWS/ELB',
          metricName: 'RequestCount',
          stat: 'Sum',
          // ELB publishes no datapoint for a period without requests: none means zero.
          zeroWhenMissing: true,
        },
      ],
    ),
  ]);
  const pricing = await readPricing(
    ctx,
    loadBalancers.some((lb) => Boolean(idleReason(lb, traffic))),
  );
  return { region: ctx.region, loadBalancers, tags, traffic, pricing };
}
