import type { GraphRow } from '../../graph.js';
import type { JsonObject } from '../../pipeline.js';
import { arr, base, isProduction, num, obj, str, strings } from '../rows.js';
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

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A `metrics:getBatch` answer → per VM (lower-cased id) its CPU and network over the window. */
export function vmMetricsFrom(answer: JsonObject, windowDays: number): Map<string, VmMetrics> {
  const out = new Map<string, VmMetrics>();
  for (const resource of arr(answer.values)) {
    const id = (str(resource.resourceid) ?? '').toLowerCase();
    let cpu: number[] = [];
    let cpuMax = 0;
    let network = 0;
    for (const series of arr(resource.value)) {
      const name = str(obj(series.name).value);
      const points = arr(series.timeseries).flatMap((t) => arr(t.data));
      if (name === 'Percentage CPU') {
        cpu = points.map((d) => num(d.average)).filter((v): v is number => v !== undefined);
        cpuMax = Math.max(0, ...points.map((d) => num(d.maximum) ?? 0));
      } else if (name === 'Network In Total' || name === 'Network Out Total') {
        network += points.reduce((sum, d) => sum + (num(d.total) ?? 0), 0);
      }
    }
    if (cpu.length === 0) continue;
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
