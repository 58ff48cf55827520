import {
  thresholdsOf,
  type EventDraft,
  type JsonValue,
  type ScanOptions,
} from '../../../../core/index.js';
import { projectId } from '../../ids.js';
import {
  diskMonthlyPrice,
  HOURS_PER_MONTH,
  instanceMonthlyPrice,
  type MonthlyPrice,
} from '../../pricing.js';
import { readError } from '../../read.js';
import { regionOfZone } from '../../regions.js';
import { COMPUTE_METRIC as M } from './metrics.js';
import type { ComputeSnapshot, GcpInstance } from './model.js';
import { isIdle } from './signals.js';

type Value = EventDraft['metric_value'];
const fact = (resource_id: string, metric_type: string, metric_value: Value): EventDraft => ({
  resource_id,
  metric_type,
  metric_value,
});

/** Pure: the project's Compute snapshot → inventory, performance and architecture events. */
export function* extractComputeEvents(
  snapshot: ComputeSnapshot,
  ctx: { options: ScanOptions },
): Generator<EventDraft> {
  const project = projectId(snapshot.project);
  if (snapshot.unreachable.length > 0)
    yield fact(project, M.unreachableScopes, snapshot.unreachable);
  yield* instanceEvents(snapshot, ctx.options);
  yield* diskEvents(snapshot);
  yield* networkEvents(snapshot);
  yield* wasteEvents(snapshot, ctx.options);

  const metadata = snapshot.projectMetadata;
  if (metadata.state === 'available') {
    yield fact(project, M.projectOsLogin, metadata.value.osLogin ?? false);
    yield fact(project, M.projectSshKeyCount, metadata.value.sshKeyCount);
  } else {
    yield fact(project, M.projectMetadataError, readError(metadata) as string);
  }
  if (snapshot.performance.state !== 'available')
    yield fact(project, M.performanceError, readError(snapshot.performance) as string);

  for (const group of snapshot.instanceGroupManagers) {
    yield fact(group.id, M.instanceGroupTargetSize, group.targetSize);
    yield fact(group.id, M.instanceGroupZones, group.zones);
    yield fact(group.id, M.singleZoneInstanceGroup, group.zones.length <= 1);
  }
}

function* instanceEvents(snapshot: ComputeSnapshot, options: ScanOptions): Generator<EventDraft> {
  const thresholds = thresholdsOf(options);
  const diskSize = new Map(snapshot.disks.map((d) => [d.id, d.sizeGb]));
  const performance = snapshot.performance.state === 'available' ? snapshot.performance.value : {};
  for (const vm of snapshot.instances) {
    yield fact(vm.id, M.instanceName, vm.name);
    yield fact(vm.id, M.instanceMachineType, vm.machineType);
    yield fact(vm.id, M.instanceStatus, vm.status);
    yield fact(vm.id, M.instanceZone, vm.zone);
    yield fact(vm.id, M.instanceLabels, vm.labels);
    yield fact(vm.id, M.instanceInternalIps, ips(vm, 'internal'));
    yield fact(vm.id, M.instanceExternalIps, ips(vm, 'external'));
    yield fact(
      vm.id,
      M.instanceServiceAccounts,
      vm.serviceAccounts.map((sa) => sa.email),
    );
    if (vm.createdAt) yield fact(vm.id, M.instanceCreatedAt, vm.createdAt);

    if (vm.status === 'TERMINATED' || vm.status === 'STOPPED') {
      const disks = vm.disks.filter((d) => d.source);
      yield fact(vm.id, M.stoppedInstanceDiskCount, disks.length);
      yield fact(
        vm.id,
        M.stoppedInstanceDiskSizeGb,
        disks.reduce((total, d) => total + (diskSize.get(d.source as string) ?? 0), 0),
      );
    }

    const figures = performance[vm.id];
    if (!figures) continue;
    if (figures.cpuAveragePercent !== undefined)
      yield fact(vm.id, M.cpuAverage, figures.cpuAveragePercent);
    if (figures.cpuP95Percent !== undefined) yield fact(vm.id, M.cpuP95, figures.cpuP95Percent);
    if (figures.networkBytesPerDay !== undefined)
      yield fact(vm.id, M.networkBytesPerDay, figures.networkBytesPerDay);
    if (figures.diskOpsPerDay !== undefined)
      yield fact(vm.id, M.diskOpsPerDay, figures.diskOpsPerDay);
    if (vm.status !== 'RUNNING') continue;
    const idle = isIdle(vm, figures, thresholds);
    if (idle !== undefined) yield fact(vm.id, M.idle, idle);
    if (figures.cpuP95Percent !== undefined)
      yield fact(
        vm.id,
        M.overprovisioned,
        figures.cpuP95Percent < thresholds.overprovisioned_cpu_p95_percent,
      );
  }
}

const PRICE_SOURCE = 'Cloud Billing Catalog, Compute Engine, on-demand list price';

/**
 * Waste in dollars (only when the collector read prices: options.cost): each idle VM's vCPUs and
 * memory, each unattached disk's capacity. An unpriceable resource says why; an unreadable
 * catalogue gives one `pricing_unavailable` fact for the project and an `unknown` estimate per
 * wasted resource — never a zero.
 */
function* wasteEvents(snapshot: ComputeSnapshot, options: ScanOptions): Generator<EventDraft> {
  const prices = snapshot.prices;
  if (!prices) return;
  const thresholds = thresholdsOf(options);
  const performance = snapshot.performance.state === 'available' ? snapshot.performance.value : {};
  const unreadable = readError(prices);
  if (prices.state !== 'available')
    yield fact(projectId(snapshot.project), M.pricingUnavailable, {
      error_code: prices.errorCode,
      detail: `${prices.call}: ${prices.message}`,
    });

  const estimate = function* (
    resourceId: string,
    reason: 'idle_vm' | 'unattached_disk',
    price: () => MonthlyPrice,
  ): Generator<EventDraft> {
    if (unreadable !== undefined) {
      yield fact(resourceId, M.wasteEstimate, {
        status: 'unknown',
        reason,
        currency: 'USD',
        price_source: PRICE_SOURCE,
        detail: `the catalogue could not be read (${unreadable})`,
      });
      return;
    }
    const priced = price();
    if (!priced.priced) {
      yield fact(resourceId, M.wasteEstimate, {
        status: 'unpriced',
        reason,
        currency: 'USD',
        price_source: PRICE_SOURCE,
        detail: priced.reason,
      });
      return;
    }
    yield fact(resourceId, M.estimatedMonthlyWasteUsd, priced.monthlyUsd);
    const basis: Record<string, JsonValue> = {
      status: 'priced',
      reason,
      monthly_usd: priced.monthlyUsd,
      skus: priced.parts.map((p) => ({
        sku_id: p.skuId,
        description: p.description,
        quantity: p.quantity,
        unit: p.unit,
        usd: Math.round(p.usd * 1e4) / 1e4,
      })),
      currency: 'USD',
      price_source: PRICE_SOURCE,
    };
    if (reason === 'idle_vm') basis.hours_per_month = HOURS_PER_MONTH;
    yield fact(resourceId, M.wasteEstimate, basis);
  };

  const table = prices.state === 'available' ? prices.value : { compute: {}, disks: {} };
  for (const vm of snapshot.instances) {
    if (isIdle(vm, performance[vm.id], thresholds) !== true) continue;
    yield* estimate(vm.id, 'idle_vm', () => instanceMonthlyPrice(table, vm.machineType, vm.region));
  }
  for (const disk of snapshot.disks) {
    if (disk.users.length > 0) continue;
    const region = disk.regional ? disk.location : regionOfZone(disk.location);
    yield* estimate(disk.id, 'unattached_disk', () =>
      diskMonthlyPrice(table, disk.type, region, disk.sizeGb, disk.regional),
    );
  }
}

function ips(vm: GcpInstance, kind: 'internal' | 'external'): string[] {
  return vm.networkInterfaces.flatMap((nic) =>
    kind === 'external' ? nic.externalIps : nic.internalIp ? [nic.internalIp] : [],
  );
}

function* diskEvents(snapshot: ComputeSnapshot): Generator<EventDraft> {
  for (const disk of snapshot.disks) {
    yield fact(disk.id, M.diskSizeGb, disk.sizeGb);
    yield fact(disk.id, M.diskType, disk.type);
    yield fact(disk.id, M.diskStatus, disk.status);
    yield fact(disk.id, M.diskLocation, disk.location);
    yield fact(disk.id, M.diskUsers, disk.users);
    yield fact(disk.id, M.diskEncryption, disk.encryption);
    yield fact(disk.id, M.diskLabels, disk.labels);
    yield fact(disk.id, M.unattachedDisk, disk.users.length === 0);
  }
  for (const address of snapshot.addresses) {
    yield fact(address.id, M.addressIp, address.address);
    yield fact(address.id, M.addressType, address.addressType);
    yield fact(address.id, M.addressStatus, address.status);
    if (address.addressType === 'EXTERNAL')
      yield fact(address.id, M.unusedAddress, address.status === 'RESERVED');
  }
}

function* networkEvents(snapshot: ComputeSnapshot): Generator<EventDraft> {
  const networksInUse = new Set(
    snapshot.instances.flatMap((vm) => vm.networkInterfaces.map((nic) => nic.network)),
  );
  for (const network of snapshot.networks) {
    yield fact(
      network.id,
      M.networkMode,
      network.legacy ? 'legacy' : network.autoCreateSubnetworks ? 'auto' : 'custom',
    );
    if (network.name === 'default')
      yield fact(network.id, M.defaultNetworkInUse, networksInUse.has(network.id));
  }
  for (const subnet of snapshot.subnetworks) {
    yield fact(subnet.id, M.subnetworkCidr, subnet.ipCidrRange);
    yield fact(subnet.id, M.subnetworkNetwork, subnet.network);
    yield fact(subnet.id, M.subnetworkPrivateGoogleAccess, subnet.privateIpGoogleAccess);
    yield fact(subnet.id, M.subnetworkFlowLogs, subnet.flowLogs);
    if (subnet.purpose === 'PRIVATE')
      yield fact(subnet.id, M.subnetworkWithoutPrivateGoogleAccess, !subnet.privateIpGoogleAccess);
  }
  for (const rule of snapshot.firewalls) {
    yield fact(rule.id, M.firewallDirection, rule.direction);
    yield fact(rule.id, M.firewallSourceRanges, rule.sourceRanges);
    yield fact(
      rule.id,
      M.firewallAllowed,
      rule.allowed.map((r) =>
        r.ports.length > 0 ? `${r.protocol}:${r.ports.join(',')}` : r.protocol,
      ),
    );
    yield fact(rule.id, M.firewallDisabled, rule.disabled);
  }
}
