import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeAddressesCommand,
  EC2Client,
  paginateDescribeInstances,
  paginateDescribeVolumes,
} from '@aws-sdk/client-ec2';
import {
  fetchMetricStatistics,
  listMetrics,
  metricWindow,
  type ListedMetric,
} from '../../cloudwatch.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { classifyAwsError } from '../../errors.js';
import { mapAddress, mapInstance, mapVolume } from './mapper.js';
import {
  AGENT_DISK_METRIC,
  AGENT_MEMORY_METRIC,
  AGENT_NAMESPACE,
  assemblePerformance,
  indexAgentMetrics,
  planInstanceQueries,
} from './performance.js';
import {
  isLive,
  type AgentDiscovery,
  type Ec2Instance,
  type Ec2Performance,
  type Ec2Snapshot,
  type Ec2Volume,
  type ElasticIp,
} from './model.js';

/** The IAM actions collectEc2 calls, exactly. */
export const EC2_PERMISSIONS = [
  'ec2:DescribeInstances',
  'ec2:DescribeVolumes',
  'ec2:DescribeAddresses',
  'cloudwatch:ListMetrics',
  'cloudwatch:GetMetricData',
] as const;

const INSTANCES_PAGE_SIZE = 1000;
const VOLUMES_PAGE_SIZE = 500;

/**
 * One region's EC2 snapshot: three EC2 list calls (paginated), two CWAgent ListMetrics listings
 * and ceil(queries / 500) GetMetricData calls — never a call per instance. EC2 errors propagate
 * (the runner records them on the unit); CloudWatch errors become facts in the snapshot.
 */
export async function collectEc2(ctx: AwsUnitContext): Promise<Ec2Snapshot> {
  const ec2 = ctx.clients.get(EC2Client);
  const cloudwatch = ctx.clients.get(CloudWatchClient);
  const [instances, volumes, addresses, agentListing] = await Promise.all([
    describeInstances(ec2, ctx.signal),
    describeVolumes(ec2, ctx.signal),
    describeAddresses(ec2, ctx.signal),
    tolerate(ctx, 'ListMetrics', () => listAgentMetrics(cloudwatch, ctx.signal)),
  ]);
  ctx.signal.throwIfAborted();
  const performance = await collectPerformance(ctx, cloudwatch, instances, agentListing);
  return { instances, volumes, addresses, performance };
}

async function describeInstances(client: EC2Client, signal: AbortSignal): Promise<Ec2Instance[]> {
  const instances: Ec2Instance[] = [];
  const pages = paginateDescribeInstances(
    { client, pageSize: INSTANCES_PAGE_SIZE },
    {},
    { abortSignal: signal },
  );
  for await (const page of pages) {
    for (const reservation of page.Reservations ?? []) {
      for (const raw of reservation.Instances ?? []) {
        const instance = mapInstance(raw);
        if (instance) instances.push(instance);
      }
    }
    signal.throwIfAborted();
  }
  return instances;
}

async function describeVolumes(client: EC2Client, signal: AbortSignal): Promise<Ec2Volume[]> {
  const volumes: Ec2Volume[] = [];
  const pages = paginateDescribeVolumes(
    { client, pageSize: VOLUMES_PAGE_SIZE },
    {},
    { abortSignal: signal },
  );
  for await (const page of pages) {
    for (const raw of page.Volumes ?? []) {
      const volume = mapVolume(raw);
      if (volume) volumes.push(volume);
    }
    signal.throwIfAborted();
  }
  return volumes;
}

/** DescribeAddresses has no pagination: one call returns every address of the region. */
async function describeAddresses(client: EC2Client, signal: AbortSignal): Promise<ElasticIp[]> {
  const output = await client.send(new DescribeAddressesCommand({}), { abortSignal: signal });
  return (output.Addresses ?? []).flatMap((raw) => mapAddress(raw) ?? []);
}

/** Two filtered listings rather than the whole CWAgent namespace, which holds every other agent metric too. */
async function listAgentMetrics(
  client: CloudWatchClient,
  signal: AbortSignal,
): Promise<ListedMetric[]> {
  const memory = await listMetrics(
    client,
    { namespace: AGENT_NAMESPACE, metricName: AGENT_MEMORY_METRIC },
    signal,
  );
  const disk = await listMetrics(
    client,
    { namespace: AGENT_NAMESPACE, metricName: AGENT_DISK_METRIC },
    signal,
  );
  return [...memory, ...disk];
}

type Tolerated<T> = { ok: true; value: T } | { ok: false; errorCode: string };

/** A CloudWatch failure is reported, not fatal; cancellation and timeouts still end the unit. */
async function tolerate<T>(
  ctx: AwsUnitContext,
  operation: string,
  call: () => Promise<T>,
): Promise<Tolerated<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    ctx.signal.throwIfAborted();
    const classified = classifyAwsError(error);
    if (classified.kind === 'timeout' || classified.kind === 'cancelled') throw error;
    ctx.log.warn(
      { service: 'cloudwatch', operation, code: classified.code, message: classified.message },
      'CloudWatch call failed; EC2 inventory is reported without these metrics',
    );
    return { ok: false, errorCode: classified.code };
  }
}

async function collectPerformance(
  ctx: AwsUnitContext,
  cloudwatch: CloudWatchClient,
  instances: readonly Ec2Instance[],
  agentListing: Tolerated<ListedMetric[]>,
): Promise<Ec2Performance> {
  const windowDays = ctx.options.metrics_window_days;
  const agent: AgentDiscovery = agentListing.ok
    ? { status: 'listed' }
    : { status: 'failed', errorCode: agentListing.errorCode };
  const liveIds = instances.filter(isLive).map((i) => i.id);
  if (liveIds.length === 0) return { status: 'collected', windowDays, agent, instances: {} };
  const plan = planInstanceQueries(
    liveIds,
    indexAgentMetrics(agentListing.ok ? agentListing.value : []),
  );
  const window = metricWindow(ctx.clock.now(), windowDays);
  const results = await tolerate(ctx, 'GetMetricData', () =>
    fetchMetricStatistics(cloudwatch, plan.queries, window, ctx.signal),
  );
  if (!results.ok) return { status: 'unavailable', errorCode: results.errorCode };
  return {
    status: 'collected',
    windowDays,
    agent,
    instances: assemblePerformance(plan, results.value),
  };
}
