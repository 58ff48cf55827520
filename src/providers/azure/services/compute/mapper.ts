import type { GraphRow } from '../../graph.js';
import type { JsonObject } from '../../pipeline.js';
import { percentile, round2 as round, seriesByResource, values } from '../metrics-batch.js';
import { base, isProduction, num, obj, str, strings } from '../rows.js';
import type { ManagedDisk, VirtualMachine, VmMetrics } from './model.js';

export function mapVirtualMachine(row: GraphRow): VirtualMachine {
  const b = base(row);
  const p = obj(row.properties);
  const power = str(obj(obj(obj(p.extended).instanceView).powerState).code) ?? '';
  const availabilitySetId = str(obj(p.availabilitySet).id);
  const scaleSetId = str(obj(p.virtualMachineScaleSet).id);
  return {
    ...b,
    size: str(obj(p.hardwareProfile).vmSize) ?? 'unknown',
    osType: str(obj(obj(p.storageProfile).osDisk).osType) ?? 'Linux',
    powerState: power.startsWith('PowerState/') ? power.slice('PowerState/'.length) : 'unknown',
    zones: strings(row.zones),
    ...(availabilitySetId ? { availabilitySetId } : {}),
    ...(scaleSetId ? { scaleSetId } : {}),
    spot: p.priority === 'Spot',
    production: isProduction(b.tags),
  };
}

export function mapDisk(row: GraphRow): ManagedDisk {
  const b = base(row);
  const p = obj(row.properties);
  const managedBy = str(row.managedBy);
  return {
    ...b,
    sku: str(obj(row.sku).name) ?? 'unknown',
    sizeGb: num(p.diskSizeGB) ?? 0,
    state: str(p.diskState) ?? (managedBy ? 'Attached' : 'Unattached'),
    ...(managedBy ? { managedBy } : {}),
    zones: strings(row.zones),
    encryption: str(obj(p.encryption).type) ?? 'unknown',
  };
}

/** A `metrics:getBatch` answer → per VM (lower-cased id) its CPU and network over the window. */
export function vmMetricsFrom(answer: JsonObject, windowDays: number): Map<string, VmMetrics> {
  const out = new Map<string, VmMetrics>();
  for (const [id, series] of seriesByResource([answer])) {
    const cpu = values(series.get('Percentage CPU'), 'average');
    if (cpu.length === 0) continue;
    const cpuMax = Math.max(0, ...values(series.get('Percentage CPU'), 'maximum'));
    const network = [
      ...values(series.get('Network In Total'), 'total'),
      ...values(series.get('Network Out Total'), 'total'),
    ].reduce((sum, v) => sum + v, 0);
    out.set(id, {
      cpuAveragePercent: round(cpu.reduce((a, b) => a + b, 0) / cpu.length),
      cpuP95Percent: round(percentile(cpu, 95)),
      cpuMaxPercent: round(cpuMax),
      networkBytesPerDay: Math.round(network / Math.max(1, windowDays)),
      samples: cpu.length,
    });
  }
  return out;
}
