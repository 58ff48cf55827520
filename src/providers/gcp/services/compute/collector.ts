import { thresholdsOf } from '../../../../core/index.js';
import { computeCatalog } from '../../catalog.js';
import type { GcpUnitContext } from '../../define-scanner.js';
import { pricesForRegions, type PriceTable } from '../../pricing.js';
import { available, guardedRead, type Read } from '../../read.js';
import { regionOfZone } from '../../regions.js';
import type { GcpCall } from '../../transport.js';
import {
  average,
  MONITORING_PERMISSION,
  percentile,
  pointsByResource,
  round,
  sum,
} from '../../monitoring.js';
import {
  mapAddress,
  mapDisk,
  mapFirewall,
  mapInstance,
  mapInstanceGroupManager,
  mapNetwork,
  mapProjectMetadata,
  mapSubnetwork,
} from './mapper.js';
import type { ComputeSnapshot, GcpDisk, GcpInstance, InstancePerformance } from './model.js';
import type { AggregatedPage, ListPage, RestProject } from './rest.js';
import { isIdle } from './signals.js';

/**
 * IAM permissions of the collector's calls. The Cloud Billing Catalog (prices, with options.cost)
 * needs none: its SKUs are public to any authenticated principal, only the Cloud Billing API must
 * be enabled on the credentials' quota project.
 */
export const COMPUTE_PERMISSIONS = [
  'compute.instances.list',
  'compute.disks.list',
  'compute.addresses.list',
  'compute.subnetworks.list',
  'compute.instanceGroupManagers.list',
  'compute.networks.list',
  'compute.firewalls.list',
  'compute.projects.get',
  MONITORING_PERMISSION,
] as const;

/** The largest page Compute's list methods serve. */
const MAX_RESULTS = 500;

/**
 * Every aggregated item of one resource type across all zones and regions: one paginated call per
 * project. Scopes without resources come as a NO_RESULTS_ON_PAGE warning and are skipped.
 */
async function aggregated<T, O>(
  ctx: GcpUnitContext,
  type: string,
  map: (raw: T, project: string) => O | undefined,
  unreachable: string[],
): Promise<O[]> {
  const project = ctx.clients.project;
  const out: O[] = [];
  const call: GcpCall = {
    api: 'compute',
    operation: `${type}.aggregatedList`,
    path: `projects/${project}/aggregated/${type}`,
    query: { maxResults: MAX_RESULTS, returnPartialSuccess: true },
  };
  for await (const page of ctx.clients.pages<AggregatedPage<string, T>>(call, ctx.signal)) {
    for (const scoped of Object.values(page.items ?? {})) {
      for (const raw of (scoped as Record<string, T[] | undefined>)[type] ?? []) {
        const mapped = map(raw, project);
        if (mapped !== undefined) out.push(mapped);
      }
    }
    unreachable.push(...(page.unreachables ?? []));
  }
  return out;
}

/** A global collection (networks, firewalls): already project-wide, one paginated call. */
async function globalList<T, O>(
  ctx: GcpUnitContext,
  type: string,
  map: (raw: T, project: string) => O | undefined,
): Promise<O[]> {
  const project = ctx.clients.project;
  const out: O[] = [];
  for await (const page of ctx.clients.pages<ListPage<T>>(
    {
      api: 'compute',
      operation: `${type}.list`,
      path: `projects/${project}/global/${type}`,
      query: { maxResults: MAX_RESULTS },
    },
    ctx.signal,
  )) {
    for (const raw of page.items ?? []) {
      const mapped = map(raw, project);
      if (mapped !== undefined) out.push(mapped);
    }
  }
  return out;
}

/**
 * The project's Compute Engine snapshot: seven paginated listings whatever the number of
 * resources, the project's metadata, for its instances five Monitoring queries (one per metric
 * type, all instances at once), and with options.cost the Cloud Billing Catalog's prices (one read
 * for the whole scan) when a VM is idle or a disk unattached.
 */
export async function collectComputeSnapshot(ctx: GcpUnitContext): Promise<ComputeSnapshot> {
  const project = ctx.clients.project;
  const unreachable: string[] = [];
  const [instances, disks, addresses, subnetworks, instanceGroupManagers, networks, firewalls] =
    await Promise.all([
      aggregated(ctx, 'instances', mapInstance, unreachable),
      aggregated(ctx, 'disks', mapDisk, unreachable),
      aggregated(ctx, 'addresses', mapAddress, unreachable),
      aggregated(ctx, 'subnetworks', mapSubnetwork, unreachable),
      aggregated(ctx, 'instanceGroupManagers', mapInstanceGroupManager, unreachable),
      globalList(ctx, 'networks', mapNetwork),
      globalList(ctx, 'firewalls', mapFirewall),
    ]);
  const projectMetadata = await guardedRead(ctx, 'compute.projects.get', async () =>
    mapProjectMetadata(
      await ctx.clients.request<RestProject>(
        { api: 'compute', operation: 'projects.get', path: `projects/${project}` },
        ctx.signal,
      ),
    ),
  );
  const performance: Read<Record<string, InstancePerformance>> =
    instances.length === 0
      ? available({})
      : await guardedRead(ctx, 'monitoring.projects.timeSeries.list', () =>
          instancePerformance(ctx, instances),
        );
  const prices =
    ctx.options.cost && hasWaste(ctx, instances, disks, performance)
      ? await projectPrices(ctx, instances, disks)
      : undefined;
  return {
    project,
    instances,
    disks,
    addresses,
    networks,
    subnetworks,
    firewalls,
    instanceGroupManagers,
    projectMetadata,
    performance,
    unreachable: [...new Set(unreachable)].sort(),
    ...(prices && { prices }),
  };
}

/** An idle VM (by the scan's thresholds) or a disk no instance uses: something to price. */
function hasWaste(
  ctx: GcpUnitContext,
  instances: readonly GcpInstance[],
  disks: readonly GcpDisk[],
  performance: Read<Record<string, InstancePerformance>>,
): boolean {
  const figures = performance.state === 'available' ? performance.value : {};
  const thresholds = thresholdsOf(ctx.options);
  return (
    disks.some((d) => d.users.length === 0) ||
    instances.some((vm) => isIdle(vm, figures[vm.id], thresholds) === true)
  );
}

/** The scan's one catalogue read, narrowed to the regions of this project's VMs and disks. */
async function projectPrices(
  ctx: GcpUnitContext,
  instances: readonly GcpInstance[],
  disks: readonly GcpDisk[],
): Promise<Read<PriceTable>> {
  const catalog = await computeCatalog(ctx);
  if (catalog.state !== 'available') return catalog;
  const regions = [
    ...instances.map((vm) => vm.region),
    ...disks.map((d) => (d.regional ? d.location : regionOfZone(d.location))),
  ];
  return available(pricesForRegions(catalog.value.table, regions));
}

const INSTANCE_METRIC = 'compute.googleapis.com/instance';

async function instancePerformance(
  ctx: GcpUnitContext,
  instances: readonly GcpInstance[],
): Promise<Record<string, InstancePerformance>> {
  const days = ctx.options.metrics_window_days;
  const query = (metric: string, aligner: 'ALIGN_MEAN' | 'ALIGN_SUM', alignmentSeconds?: number) =>
    pointsByResource(ctx, {
      metricType: `${INSTANCE_METRIC}/${metric}`,
      resourceLabel: 'instance_id',
      aligner,
      alignmentSeconds,
    });
  const [cpu, received, sent, readOps, writeOps] = await Promise.all([
    query('cpu/utilization', 'ALIGN_MEAN', 3600),
    query('network/received_bytes_count', 'ALIGN_SUM'),
    query('network/sent_bytes_count', 'ALIGN_SUM'),
    query('disk/read_ops_count', 'ALIGN_SUM'),
    query('disk/write_ops_count', 'ALIGN_SUM'),
  ]);
  const out: Record<string, InstancePerformance> = {};
  for (const instance of instances) {
    const key = instance.numericId;
    const hourly = cpu.get(key)?.map((fraction) => fraction * 100);
    const network = [...(received.get(key) ?? []), ...(sent.get(key) ?? [])];
    const ops = [...(readOps.get(key) ?? []), ...(writeOps.get(key) ?? [])];
    const figures: InstancePerformance = {};
    const avg = hourly && average(hourly);
    const p95 = hourly && percentile(hourly, 95);
    if (avg !== undefined) figures.cpuAveragePercent = round(avg);
    if (p95 !== undefined) figures.cpuP95Percent = round(p95);
    if (received.has(key) || sent.has(key))
      figures.networkBytesPerDay = round(sum(network) / days, 0);
    if (readOps.has(key) || writeOps.has(key)) figures.diskOpsPerDay = round(sum(ops) / days, 1);
    if (Object.keys(figures).length > 0) out[instance.id] = figures;
  }
  return out;
}
