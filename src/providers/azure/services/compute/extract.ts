import { thresholdsOf, type EventDraft, type ScanOptions } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { COMPUTE_METRIC as C } from './metrics.js';
import type { ComputeSnapshot } from './model.js';
import { HOURS_PER_MONTH } from './prices.js';

const money = (n: number) => Math.round(n * 100) / 100;

/** Pure: VMs and disks → inventory, performance signals, waste and architecture facts. */
export function* extractComputeEvents(
  snapshot: ComputeSnapshot,
  ctx: { options: ScanOptions },
): Generator<EventDraft> {
  const t = thresholdsOf(ctx.options);
  const fact = (
    resource_id: string,
    metric_type: string,
    metric_value: EventDraft['metric_value'],
  ) => ({
    resource_id,
    metric_type,
    metric_value,
  });
  for (const vm of snapshot.virtualMachines) {
    yield fact(vm.id, C.vmSize, vm.size);
    yield fact(vm.id, C.powerState, vm.powerState);
    yield fact(vm.id, C.osType, vm.osType);
    yield fact(vm.id, C.zones, vm.zones);
    yield fact(vm.id, C.tags, vm.tags);
    yield fact(
      vm.id,
      C.noZoneOrSet,
      vm.zones.length === 0 && !vm.availabilitySetId && !vm.scaleSetId,
    );
    if (vm.powerState === 'running' && snapshot.metricsRead.state !== 'available') {
      yield fact(vm.id, C.metricsError, readError(snapshot.metricsRead)!);
    }
    const m = vm.metrics;
    if (!m) continue;
    yield fact(vm.id, C.cpuAverage, m.cpuAveragePercent);
    yield fact(vm.id, C.cpuP95, m.cpuP95Percent);
    yield fact(vm.id, C.cpuMax, m.cpuMaxPercent);
    yield fact(vm.id, C.networkPerDay, m.networkBytesPerDay);
    const idle =
      m.cpuAveragePercent < t.idle_cpu_percent &&
      m.networkBytesPerDay < t.idle_network_bytes_per_day;
    yield fact(vm.id, C.idle, idle);
    yield fact(
      vm.id,
      C.overprovisioned,
      !idle && m.cpuP95Percent < t.overprovisioned_cpu_p95_percent,
    );
    if (idle && vm.hourlyPriceUsd !== undefined)
      yield fact(vm.id, C.idleWaste, money(vm.hourlyPriceUsd * HOURS_PER_MONTH));
  }
  let unattached = 0;
  for (const disk of snapshot.disks) {
    yield fact(disk.id, C.diskSku, disk.sku);
    yield fact(disk.id, C.diskSizeGb, disk.sizeGb);
    yield fact(disk.id, C.diskState, disk.state);
    yield fact(disk.id, C.zones, disk.zones);
    yield fact(disk.id, C.tags, disk.tags);
    const isUnattached = disk.state === 'Unattached';
    yield fact(disk.id, C.unattachedDisk, isUnattached);
    if (isUnattached) unattached += 1;
    if (isUnattached && disk.monthlyPriceUsd !== undefined)
      yield fact(disk.id, C.diskWaste, money(disk.monthlyPriceUsd));
  }
  yield fact(`/subscriptions/${snapshot.subscriptionId}`, C.unattachedCount, unattached);
}
