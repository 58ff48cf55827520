import pLimit from 'p-limit';
import type { InventoryQuery } from '../../clients.js';
import type { AzureUnitContext } from '../../define-scanner.js';
import { available } from '../../read.js';
import { readBatchMetrics } from '../metrics-batch.js';
import { mapDisk, mapVirtualMachine, vmMetricsFrom } from './mapper.js';
import type { ComputeSnapshot, VirtualMachine } from './model.js';
import { diskMonthlyPrice, vmHourlyPrice } from './prices.js';

export const COMPUTE_INVENTORY: InventoryQuery = {
  kind: 'compute',
  kql: `Resources
| where type in~ ('microsoft.compute/virtualmachines', 'microsoft.compute/disks')
| project id, name, type, location, resourceGroup, subscriptionId, tags, zones, sku, managedBy, properties`,
};

export const COMPUTE_PERMISSIONS = [
  'Microsoft.ResourceGraph/resources/read',
  'Microsoft.Compute/virtualMachines/read',
  'Microsoft.Compute/virtualMachines/instanceView/read',
  'Microsoft.Compute/disks/read',
  'Microsoft.Insights/Metrics/Read',
] as const;

export const VM_METRICS = ['Percentage CPU', 'Network In Total', 'Network Out Total'] as const;

/** CPU and network of the running VMs, hourly, through the shared batch reader. */
async function attachMetrics(
  ctx: AzureUnitContext,
  vms: VirtualMachine[],
  windowDays: number,
): Promise<ComputeSnapshot['metricsRead']> {
  const running = vms.filter((vm) => vm.powerState === 'running');
  const byId = new Map(running.map((vm) => [vm.id.toLowerCase(), vm]));
  const read = await readBatchMetrics(
    ctx,
    running,
    {
      namespace: 'Microsoft.Compute/virtualMachines',
      metricNames: VM_METRICS,
      interval: 'PT1H',
      aggregations: ['average', 'maximum', 'total'],
    },
    windowDays,
  );
  if (read.state !== 'available') return read;
  for (const answer of read.value)
    for (const [id, metrics] of vmMetricsFrom(answer, windowDays)) {
      const vm = byId.get(id);
      if (vm) vm.metrics = metrics;
    }
  return available(null);
}

/**
 * VMs and disks from the grouped graph query (power state included: the graph's extended
 * instance view), CPU and network of the running VMs through `metrics:getBatch` (50 a call), and —
 * when the scan asks for cost — Retail Prices for the idle VMs and unattached disks.
 */
export async function collectComputeSnapshot(ctx: AzureUnitContext): Promise<ComputeSnapshot> {
  const rows = await ctx.clients.inventory(COMPUTE_INVENTORY, ctx.signal);
  const vms = rows
    .filter((r) => String(r.type).toLowerCase() === 'microsoft.compute/virtualmachines')
    .map(mapVirtualMachine);
  const disks = rows
    .filter((r) => String(r.type).toLowerCase() === 'microsoft.compute/disks')
    .map(mapDisk);
  const windowDays = ctx.options.metrics_window_days;
  const metricsRead = vms.some((vm) => vm.powerState === 'running')
    ? await attachMetrics(ctx, vms, windowDays)
    : available(null);
  if (ctx.options.cost) {
    const limit = pLimit(4);
    await Promise.all([
      ...vms
        .filter((vm) => vm.metrics)
        .map((vm) =>
          limit(async () => {
            const price = await vmHourlyPrice(ctx, vm.location, vm.size, vm.osType);
            if (price !== undefined) vm.hourlyPriceUsd = price;
          }),
        ),
      ...disks
        .filter((d) => d.state === 'Unattached')
        .map((disk) =>
          limit(async () => {
            const price = await diskMonthlyPrice(ctx, disk.location, disk.sku, disk.sizeGb);
            if (price !== undefined) disk.monthlyPriceUsd = price;
          }),
        ),
    ]);
  }
  return { subscriptionId: ctx.accountId, virtualMachines: vms, disks, metricsRead, windowDays };
}
