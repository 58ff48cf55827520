import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  paginateListClusters,
  paginateListServices,
  paginateListTaskDefinitionFamilies,
} from '@aws-sdk/client-ecs';
import pLimit from 'p-limit';
import { arn as buildArn } from '../../arn.js';
import { collectResourceStats, type StatSpec } from '../../cloudwatch-stats.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { isAwsErrorCode } from '../../errors.js';
import { collectPages } from '../../pages.js';
import { guardedRead, mapRead, type Read } from '../../read.js';
import { mapCluster, mapService, mapTaskDefinition, nameFromArn } from './mapper.js';
import type {
  ClusterDetails,
  EcsCluster,
  EcsRegionSnapshot,
  EcsService,
  EcsStatField,
  ServiceDetails,
  TaskDefinition,
} from './model.js';

/** ListClusters, ListServices and ListTaskDefinitionFamilies return at most 100 items a page. */
const PAGE_SIZE = 100;
/** DescribeClusters takes at most 100 clusters a call. */
const CLUSTER_BATCH = 100;
/** DescribeServices takes at most 10 services (of one cluster) a call. */
const SERVICE_BATCH = 10;
/** Clusters whose services are listed at the same time. */
const CLUSTER_CONCURRENCY = 5;
/** DescribeTaskDefinition takes one family (or revision): ECS has no batch form. */
const TASK_DEFINITION_CONCURRENCY = 5;

const STATS: readonly StatSpec<EcsStatField>[] = [
  { field: 'cpu', namespace: 'AWS/ECS', metricName: 'CPUUtilization', stat: 'Average' },
  { field: 'memory', namespace: 'AWS/ECS', metricName: 'MemoryUtilization', stat: 'Average' },
];

/**
 * Describes `arns` `size` at a time: one Read per ARN, from the batch's answer, its `failures`
 * (MISSING is `absent`: deleted since the list) or the batch's own failure.
 */
async function describeInBatches<Item, T>(
  ctx: AwsUnitContext,
  action: string,
  arns: readonly string[],
  size: number,
  call: (batch: string[]) => Promise<{
    items?: Item[];
    failures?: { arn?: string; reason?: string; detail?: string }[];
  }>,
  arnOf: (item: Item) => string | undefined,
  map: (item: Item) => T,
): Promise<Map<string, Read<T>>> {
  const out = new Map<string, Read<T>>();
  for (let i = 0; i < arns.length; i += size) {
    const batch = arns.slice(i, i + size);
    const answer = await guardedRead(ctx, action, () => call(batch));
    if (answer.state !== 'available') {
      for (const arn of batch) out.set(arn, answer);
      continue;
    }
    for (const item of answer.value.items ?? []) {
      const arn = arnOf(item);
      if (arn) out.set(arn, { state: 'available', value: map(item) });
    }
    for (const f of answer.value.failures ?? [])
      if (f.arn)
        out.set(f.arn, {
          state: f.reason === 'MISSING' ? 'absent' : 'failed',
          action,
          errorCode: f.reason ?? 'Unknown',
          ...(f.detail ? { message: f.detail } : {}),
        });
    for (const arn of batch)
      if (!out.has(arn)) out.set(arn, { state: 'failed', action, errorCode: 'NotAnswered' });
  }
  return out;
}

/** A cluster's services: ListServices, then DescribeServices ten at a time. */
async function collectServices(
  ctx: AwsUnitContext,
  client: ECSClient,
  cluster: string,
): Promise<Read<EcsService[]>> {
  const options = { abortSignal: ctx.signal };
  const listed = await guardedRead(ctx, 'ecs:ListServices', () =>
    collectPages(
      paginateListServices({ client, pageSize: PAGE_SIZE }, { cluster }, options),
      (page) => page.serviceArns,
      (arn) => arn,
      ctx.signal,
    ),
  );
  if (listed.state !== 'available') return listed;
  const described = await describeInBatches(
    ctx,
    'ecs:DescribeServices',
    listed.value,
    SERVICE_BATCH,
    async (services) => {
      const answer = await client.send(new DescribeServicesCommand({ cluster, services }), options);
      return { items: answer.services, failures: answer.failures };
    },
    (s) => s.serviceArn,
    mapService,
  );
  return mapRead(listed, (arns) =>
    arns.flatMap((arn): EcsService[] => {
      const details: Read<ServiceDetails> = described.get(arn)!;
      // A service deleted between the list and its description is not reported.
      if (details.state === 'absent') return [];
      return [{ arn, name: nameFromArn(arn), details }];
    }),
  );
}

/**
 * How ECS answers DescribeTaskDefinition for a family left without an ACTIVE revision (deregistered
 * or deleted since the list), as for a revision it no longer has: ClientException, "Unable to
 * describe task definition." Any other ClientException (a malformed name) stays a failure.
 */
function isGone(error: unknown): boolean {
  return (
    isAwsErrorCode(error, 'ClientException') &&
    /unable to describe task definition/i.test((error as { message?: string }).message ?? '')
  );
}

/**
 * The latest ACTIVE revision of every family: ListTaskDefinitionFamilies (ACTIVE), then
 * DescribeTaskDefinition of each family by its name, which ECS answers with its latest ACTIVE
 * revision (one call a family). A family gone since the list is left out, as a service is; a family
 * whose description failed keeps its name, its family ARN and the failure, without a revision.
 */
async function collectTaskDefinitions(
  ctx: AwsUnitContext,
  client: ECSClient,
): Promise<Read<TaskDefinition[]>> {
  const options = { abortSignal: ctx.signal };
  const listed = await guardedRead(ctx, 'ecs:ListTaskDefinitionFamilies', () =>
    collectPages(
      paginateListTaskDefinitionFamilies(
        { client, pageSize: PAGE_SIZE },
        { status: 'ACTIVE' },
        options,
      ),
      (page) => page.families,
      (family) => family,
      ctx.signal,
    ),
  );
  if (listed.state !== 'available') return listed;
  const limit = pLimit(TASK_DEFINITION_CONCURRENCY);
  const families = [...new Set(listed.value)].sort((a, b) => a.localeCompare(b));
  const described = await Promise.all(
    families.map((family) =>
      limit(async (): Promise<TaskDefinition[]> => {
        const action = 'ecs:DescribeTaskDefinition';
        const read = await guardedRead(ctx, action, async () => {
          try {
            const answer = await client.send(
              new DescribeTaskDefinitionCommand({ taskDefinition: family }),
              options,
            );
            const t = answer.taskDefinition;
            if (!t?.taskDefinitionArn || t.revision === undefined)
              throw new Error('DescribeTaskDefinition answered no revision');
            return {
              arn: t.taskDefinitionArn,
              revision: t.revision,
              details: mapTaskDefinition(t),
            };
          } catch (error) {
            if (!ctx.signal.aborted && isGone(error)) return undefined;
            throw error;
          }
        });
        if (read.state !== 'available') {
          const arn = buildArn('ecs', ctx.region, ctx.accountId, `task-definition/${family}`);
          return [{ arn, family, details: read }];
        }
        // Deleted or deregistered since the list: not reported.
        if (!read.value) return [];
        const { arn, revision, details } = read.value;
        return [{ arn, family, revision, details: { state: 'available', value: details } }];
      }),
    ),
  );
  return { state: 'available', value: described.flat() };
}

/**
 * One region's ECS: the paginated ListClusters (the unit fails only if it fails), DescribeClusters
 * a hundred at a time with their settings (Container Insights); each cluster's services
 * (ListServices, DescribeServices ten at a time), but not of a cluster DescribeClusters answers
 * MISSING; at the same time as the clusters, the latest ACTIVE revision of every task definition
 * family (ListTaskDefinitionFamilies, then DescribeTaskDefinition one family a call: ECS has no
 * batch form); and every service's CPU and memory in one batched GetMetricData fetch, once the
 * services are described (a service DescribeServices answers MISSING is not queried).
 */
export async function collectEcsSnapshot(ctx: AwsUnitContext): Promise<EcsRegionSnapshot> {
  const client = ctx.clients.get(ECSClient);
  const options = { abortSignal: ctx.signal };
  // ListClusters and ListTaskDefinitionFamilies do not need each other: both are sent at once.
  // Promise.all observes both, so neither rejection is lost.
  const [clusters, taskDefinitions] = await Promise.all([
    (async () => {
      const arns = await collectPages(
        paginateListClusters({ client, pageSize: PAGE_SIZE }, {}, options),
        (page) => page.clusterArns,
        (arn) => arn,
        ctx.signal,
      );
      const details = await describeInBatches(
        ctx,
        'ecs:DescribeClusters',
        arns,
        CLUSTER_BATCH,
        async (batch) => {
          const answer = await client.send(
            new DescribeClustersCommand({ clusters: batch, include: ['SETTINGS'] }),
            options,
          );
          return { items: answer.clusters, failures: answer.failures };
        },
        (c) => c.clusterArn,
        mapCluster,
      );
      const limit = pLimit(CLUSTER_CONCURRENCY);
      const found = arns.filter((arn) => details.get(arn)?.state !== 'absent');
      return Promise.all(
        found.map((arn) =>
          limit(async (): Promise<EcsCluster> => ({
            arn,
            name: nameFromArn(arn),
            details: details.get(arn) as Read<ClusterDetails>,
            services: await collectServices(ctx, client, arn),
          })),
        ),
      );
    })(),
    collectTaskDefinitions(ctx, client),
  ]);
  const targets = clusters.flatMap((c) =>
    c.services.state === 'available'
      ? c.services.value.map((s) => ({
          id: s.arn,
          dimensions: [
            { name: 'ClusterName', value: c.name },
            { name: 'ServiceName', value: s.name },
          ],
        }))
      : [],
  );
  const performance = await collectResourceStats(
    ctx,
    ctx.clients.get(CloudWatchClient),
    targets,
    STATS,
  );
  return { region: ctx.region, clusters, taskDefinitions, performance };
}
