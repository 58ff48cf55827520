import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  paginateListClusters,
  paginateListServices,
  paginateListTaskDefinitions,
} from '@aws-sdk/client-ecs';
import pLimit from 'p-limit';
import { collectResourceStats, type StatSpec } from '../../cloudwatch-stats.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead, mapRead, type Read } from '../../read.js';
import {
  latestRevisions,
  mapCluster,
  mapService,
  mapTaskDefinition,
  nameFromArn,
} from './mapper.js';
import type {
  ClusterDetails,
  EcsCluster,
  EcsRegionSnapshot,
  EcsService,
  EcsStatField,
  ServiceDetails,
  TaskDefinition,
} from './model.js';

/** ListClusters, ListServices and ListTaskDefinitions return at most 100 ARNs a page. */
const PAGE_SIZE = 100;
/** DescribeClusters takes at most 100 clusters a call. */
const CLUSTER_BATCH = 100;
/** DescribeServices takes at most 10 services (of one cluster) a call. */
const SERVICE_BATCH = 10;
/** Clusters whose services are listed at the same time. */
const CLUSTER_CONCURRENCY = 5;
/** DescribeTaskDefinition takes one revision: ECS has no batch form. */
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

/** The latest ACTIVE revision of every family, each described (one call a revision). */
async function collectTaskDefinitions(
  ctx: AwsUnitContext,
  client: ECSClient,
): Promise<Read<TaskDefinition[]>> {
  const options = { abortSignal: ctx.signal };
  const listed = await guardedRead(ctx, 'ecs:ListTaskDefinitions', () =>
    collectPages(
      paginateListTaskDefinitions({ client, pageSize: PAGE_SIZE }, { status: 'ACTIVE' }, options),
      (page) => page.taskDefinitionArns,
      (arn) => arn,
      ctx.signal,
    ),
  );
  if (listed.state !== 'available') return listed;
  const limit = pLimit(TASK_DEFINITION_CONCURRENCY);
  const latest = latestRevisions(listed.value);
  return {
    state: 'available',
    value: await Promise.all(
      latest.map((revision) =>
        limit(async (): Promise<TaskDefinition> => {
          const details = await guardedRead(ctx, 'ecs:DescribeTaskDefinition', async () => {
            const answer = await client.send(
              new DescribeTaskDefinitionCommand({ taskDefinition: revision.arn }),
              options,
            );
            if (!answer.taskDefinition) throw new Error('DescribeTaskDefinition answered nothing');
            return mapTaskDefinition(answer.taskDefinition);
          });
          return { ...revision, details };
        }),
      ),
    ),
  };
}

/**
 * One region's ECS: the paginated ListClusters (the unit fails only if it fails), DescribeClusters
 * a hundred at a time with their settings (Container Insights); each cluster's services
 * (ListServices, DescribeServices ten at a time); the latest ACTIVE revision of every task
 * definition family (ListTaskDefinitions, then DescribeTaskDefinition one revision a call: ECS has
 * no batch form); and every service's CPU and memory in one batched GetMetricData fetch.
 */
export async function collectEcsSnapshot(ctx: AwsUnitContext): Promise<EcsRegionSnapshot> {
  const client = ctx.clients.get(ECSClient);
  const options = { abortSignal: ctx.signal };
  const arns = await collectPages(
    paginateListClusters({ client, pageSize: PAGE_SIZE }, {}, options),
    (page) => page.clusterArns,
    (arn) => arn,
    ctx.signal,
  );
  const [clusters, taskDefinitions] = await Promise.all([
    (async () => {
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
