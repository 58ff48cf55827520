import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeLoggingStatusCommand,
  paginateDescribeClusterParameters,
  paginateDescribeClusters,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import pLimit from 'p-limit';
import { thresholdsOf } from '../../../../core/index.js';
import { collectResourceStats, type StatSpec } from '../../cloudwatch-stats.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { readHourlyPrices } from '../../pricing.js';
import { guardedRead, mapRead, type Read } from '../../read.js';
import { mapCluster, mapLoggingStatus, mapParameters, type ListedCluster } from './mapper.js';
import type {
  ParameterGroupSettings,
  RedshiftCluster,
  RedshiftRegionSnapshot,
  RedshiftStatField,
} from './model.js';
import { isIdleCluster } from './signals.js';

/** DescribeClusters and DescribeClusterParameters answer at most 100 records a page. */
const PAGE_SIZE = 100;
/**
 * DescribeLoggingStatus takes one cluster and DescribeClusterParameters one parameter group:
 * Redshift has no batch form of either. At most this many run at once.
 */
const PER_RESOURCE_CONCURRENCY = 5;
const GONE = ['ClusterNotFound', 'ClusterNotFoundFault', 'ClusterParameterGroupNotFound'];

const STATS: readonly StatSpec<RedshiftStatField>[] = [
  { field: 'cpu', namespace: 'AWS/Redshift', metricName: 'CPUUtilization', stat: 'Average' },
  {
    field: 'connections',
    namespace: 'AWS/Redshift',
    metricName: 'DatabaseConnections',
    stat: 'Maximum',
  },
];

async function readLogging(
  ctx: AwsUnitContext,
  client: RedshiftClient,
  cluster: ListedCluster,
): Promise<RedshiftCluster> {
  const logging = await guardedRead(
    ctx,
    'redshift:DescribeLoggingStatus',
    async () =>
      mapLoggingStatus(
        await client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: cluster.id }), {
          abortSignal: ctx.signal,
        }),
      ),
    { absentCodes: GONE },
  );
  return { ...cluster, logging };
}

async function readParameterGroup(
  ctx: AwsUnitContext,
  client: RedshiftClient,
  name: string,
): Promise<Read<ParameterGroupSettings>> {
  const read = await guardedRead(
    ctx,
    'redshift:DescribeClusterParameters',
    () =>
      collectPages(
        paginateDescribeClusterParameters(
          { client, pageSize: PAGE_SIZE },
          { ParameterGroupName: name },
          { abortSignal: ctx.signal },
        ),
        (page) => page.Parameters,
        (p) => p,
        ctx.signal,
      ),
    { absentCodes: GONE },
  );
  return mapRead(read, mapParameters);
}

/**
 * One region's Redshift clusters: the paginated listing (the unit fails only if it fails), each
 * cluster's audit logging (one call each: there is no batch form), each parameter group in use
 * read once, every cluster's CPU and connections in one batched GetMetricData fetch and, with
 * options.cost, the node price of the idle ones' types.
 */
export async function collectRedshiftSnapshot(
  ctx: AwsUnitContext,
): Promise<RedshiftRegionSnapshot> {
  const client = ctx.clients.get(RedshiftClient);
  const listed = await collectPages(
    paginateDescribeClusters({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: ctx.signal }),
    (page) => page.Clusters,
    (c) => mapCluster(c, ctx),
    ctx.signal,
  );
  const limit = pLimit(PER_RESOURCE_CONCURRENCY);
  const groupNames = [...new Set(listed.flatMap((c) => c.parameterGroups))].sort();
  const [clusters, groups, performance] = await Promise.all([
    Promise.all(listed.map((c) => limit(() => readLogging(ctx, client, c)))),
    Promise.all(groupNames.map((name) => limit(() => readParameterGroup(ctx, client, name)))),
    collectResourceStats(
      ctx,
      ctx.clients.get(CloudWatchClient),
      listed.map((c) => ({ id: c.arn, dimensions: [{ name: 'ClusterIdentifier', value: c.id }] })),
      STATS,
    ),
  ]);
  const parameterGroups: RedshiftRegionSnapshot['parameterGroups'] = {};
  groupNames.forEach((name, i) => (parameterGroups[name] = groups[i]!));
  const t = thresholdsOf(ctx.options);
  const idleNodeTypes = clusters.flatMap((c) =>
    c.nodeType && isIdleCluster(c, performance, t) === true ? [c.nodeType] : [],
  );
  const pricing = await readHourlyPrices(ctx, idleNodeTypes, (book, type) =>
    book.redshiftNodeHourly(ctx.region, type),
  );
  return { region: ctx.region, clusters, parameterGroups, performance, pricing };
}
