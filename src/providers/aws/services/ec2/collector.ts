import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeAddressesCommand,
  EC2Client,
  paginateDescribeInstances,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
} from '@aws-sdk/client-ec2';
import { thresholdsOf } from '../../../../core/index.js';
import {
  collectStatistics,
  listMetrics,
  metricWindow,
  type ListedMetric,
} from '../../cloudwatch.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages, valuePool, type ValuePool } from '../../pages.js';
import { available, guardedRead, mapRead, type Read } from '../../read.js';
import { PriceBook } from '../../pricing.js';
import { mapAddress, mapInstance, mapSnapshot, mapVolume } from './mapper.js';
import {
  AGENT_DISK_METRIC,
  AGENT_MEMORY_METRIC,
  AGENT_NAMESPACE,
  indexAgentMetrics,
  planEc2Metrics,
} from './performance.js';
import { deriveEc2Signals, priceNeeds } from './signals.js';
import {
  isLive,
  type EbsSnapshot,
  type Ec2Instance,
  type Ec2Performance,
  type Ec2Prices,
  type Ec2Pricing,
  type Ec2Snapshot,
  type Ec2Volume,
  type ElasticIp,
} from './model.js';

/** The IAM actions collectEc2 calls, exactly (pricing only for a scan with options.cost). */

const INSTANCES_PAGE_SIZE = 1000;
const VOLUMES_PAGE_SIZE = 500;
const SNAPSHOTS_PAGE_SIZE = 1000;

/**
 * One region's EC2 snapshot: four EC2 list calls (paginated), two CWAgent ListMetrics listings
 * and one batched, streamed GetMetricData fetch for instances and volumes together — never a call
 * per resource. With options.cost, the Price List prices of the wasted resources (cached a day). EC2
 * listing errors propagate (the runner records them on the unit); snapshots, CloudWatch and pricing
 * errors become facts in the snapshot.
 */
export async function collectEc2(ctx: AwsUnitContext): Promise<Ec2Snapshot> {
  const ec2 = ctx.clients.get(EC2Client);
  const cloudwatch = ctx.clients.get(CloudWatchClient);
  const [instances, volumes, addresses, snapshotListing, agentListing] = await listRegion(
    ctx,
    ec2,
    cloudwatch,
  );
  ctx.signal.throwIfAborted();
  const performance = await collectPerformance(ctx, cloudwatch, instances, volumes, agentListing);
  const collected: Ec2Snapshot = {
    instances,
    volumes,
    addresses,
    snapshots: snapshotListing,
    performance,
    pricing: { state: 'not_requested' },
  };
  if (!ctx.options.cost) return collected;
  return { ...collected, pricing: await collectPrices(ctx, collected) };
}

/**
 * The region's listings. One pool for the EC2 ones: an instance's volume ids and a volume's
 * instance ids are then the same strings as those resources' own ids. The pool is dropped when
 * this returns, before CloudWatch is read.
 */
async function listRegion(ctx: AwsUnitContext, ec2: EC2Client, cloudwatch: CloudWatchClient) {
  const pool = valuePool();
  return Promise.all([
    describeInstances(ec2, pool, ctx.signal),
    describeVolumes(ec2, pool, ctx.signal),
    describeAddresses(ec2, ctx.signal),
    // Snapshots only feed cost signals: a role without the permission still gets its inventory.
    guardedRead(ctx, 'ec2:DescribeSnapshots', () =>
      describeSnapshots(ec2, ctx.accountId, pool, ctx.signal),
    ),
    guardedRead(ctx, 'cloudwatch:ListMetrics', () => listAgentMetrics(cloudwatch, ctx.signal)),
  ]);
}

async function describeInstances(
  client: EC2Client,
  pool: ValuePool,
  signal: AbortSignal,
): Promise<Ec2Instance[]> {
  return collectPages(
    paginateDescribeInstances(
      { client, pageSize: INSTANCES_PAGE_SIZE },
      {},
      { abortSignal: signal },
    ),
    (page) => page.Reservations?.flatMap((reservation) => reservation.Instances ?? []),
    (raw) => mapInstance(raw, pool),
    signal,
  );
}

async function describeVolumes(
  client: EC2Client,
  pool: ValuePool,
  signal: AbortSignal,
): Promise<Ec2Volume[]> {
  return collectPages(
    paginateDescribeVolumes({ client, pageSize: VOLUMES_PAGE_SIZE }, {}, { abortSignal: signal }),
    (page) => page.Volumes,
    (raw) => mapVolume(raw, pool),
    signal,
  );
}

/** Only the account's own snapshots: public and shared ones are not its cost. */
async function describeSnapshots(
  client: EC2Client,
  accountId: string,
  pool: ValuePool,
  signal: AbortSignal,
): Promise<EbsSnapshot[]> {
  return collectPages(
    paginateDescribeSnapshots(
      { client, pageSize: SNAPSHOTS_PAGE_SIZE },
      { OwnerIds: ['self'] },
      { abortSignal: signal },
    ),
    (page) => page.Snapshots,
    (raw) => mapSnapshot(raw, accountId, pool),
    signal,
  );
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

async function collectPerformance(
  ctx: AwsUnitContext,
  cloudwatch: CloudWatchClient,
  instances: readonly Ec2Instance[],
  volumes: readonly Ec2Volume[],
  agentListing: Read<ListedMetric[]>,
): Promise<Ec2Performance> {
  const windowDays = ctx.options.metrics_window_days;
  const agent = mapRead(agentListing, (listed) => listed.length);
  const liveIds = instances.filter(isLive).map((i) => i.id);
  const plan = planEc2Metrics(
    liveIds,
    indexAgentMetrics(agentListing.state === 'available' ? agentListing.value : []),
    volumes,
  );
  const window = metricWindow(ctx.clock.now(), windowDays, ctx.options.metrics_period_seconds);
  if (plan.size === 0) return available({ windowDays, agent, instances: {}, volumes: {} });
  // Each request's queries are made as it is sent and folded into the plan's statistics as it is
  // answered: the region's queries and datapoints are never held together.
  const tally = await guardedRead(ctx, 'cloudwatch:GetMetricData', () =>
    collectStatistics(cloudwatch, plan.queries(), window, {
      signal: ctx.signal,
      meter: ctx.meter,
    }),
  );
  if (tally.state !== 'available') return tally;
  if (tally.value.incomplete > 0) {
    ctx.log.warn(
      { service: 'cloudwatch', incomplete: tally.value.incomplete },
      'CloudWatch did not answer some metric queries completely',
    );
  }
  return available({ windowDays, agent, instances: plan.instances, volumes: plan.volumes });
}

/** The prices of the resources that waste money, read once each (and cached a day). */
async function collectPrices(ctx: AwsUnitContext, snapshot: Ec2Snapshot): Promise<Ec2Pricing> {
  const needs = priceNeeds(
    snapshot,
    deriveEc2Signals(snapshot, {
      accountId: ctx.accountId,
      region: ctx.region,
      thresholds: thresholdsOf(ctx.options),
      now: ctx.clock.now(),
    }),
  );
  const book = new PriceBook({ clients: ctx.clients, cache: ctx.cache, signal: ctx.signal });
  const region = ctx.region;
  const priced = await guardedRead(ctx, 'pricing:GetProducts', async (): Promise<Ec2Prices> => {
    const [ebs, snapshotGbMonth, idleAddressHourly, hourly] = await Promise.all([
      needs.ebsStorage ? book.ebsStorage(region) : new Map<string, number>(),
      needs.snapshotStorage ? book.snapshotStorage(region) : undefined,
      needs.idleAddress ? book.idleAddressHourly(region) : undefined,
      Promise.all(needs.instanceTypes.map((type) => book.ec2InstanceHourly(region, type))),
    ]);
    const instanceHourly: Record<string, number> = {};
    needs.instanceTypes.forEach((type, i) => {
      const price = hourly[i];
      if (price !== undefined) instanceHourly[type] = price;
    });
    return {
      ebsGbMonth: Object.fromEntries(ebs),
      ...(snapshotGbMonth !== undefined ? { snapshotGbMonth } : {}),
      ...(idleAddressHourly !== undefined ? { idleAddressHourly } : {}),
      instanceHourly,
    };
  });
  return priced;
}
