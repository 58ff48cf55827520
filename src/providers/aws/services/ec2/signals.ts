import type { EventDraft, JsonValue, Thresholds } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { statistic } from '../../cloudwatch-stats.js';
import { HOURS_PER_MONTH } from '../../pricing.js';
import { BURSTABLE_VOLUME_TYPES, EC2_METRIC } from './metrics.js';
import {
  ownSnapshots,
  type Ec2Prices,
  type Ec2Snapshot,
  type EbsSnapshot,
  type ElasticIp,
} from './model.js';

/** Pure: the architecture and cost signals derived from a region's snapshot. No I/O. */

const DAY_MS = 86_400_000;
const GIB = 1024 ** 3;

export interface SignalScope {
  accountId: string;
  region: string;
  thresholds: Thresholds;
  now: Date;
}

export interface ResourceIds {
  instance(id: string): string;
  volume(id: string): string;
  elasticIp(allocationIdOrIp: string): string;
  snapshot(id: string): string;
}

/** Each signal of each resource that has the data to decide it: true, false, or absent. */
export interface Ec2Signals {
  idleInstances: Map<string, boolean>;
  overprovisionedInstances: Map<string, boolean>;
  volumesWithoutIo: Map<string, boolean>;
  burstExhaustedVolumes: Map<string, boolean>;
  oldSnapshots: Map<string, boolean>;
}

const P = 'aws.performance.ec2';

export function snapshotAgeDays(snapshot: EbsSnapshot, now: Date): number | undefined {
  if (snapshot.startTime === undefined) return undefined;
  return Math.floor((now.getTime() - Date.parse(snapshot.startTime)) / DAY_MS);
}

export function deriveEc2Signals(snapshot: Ec2Snapshot, scope: SignalScope): Ec2Signals {
  const t = scope.thresholds;
  const signals: Ec2Signals = {
    idleInstances: new Map(),
    overprovisionedInstances: new Map(),
    volumesWithoutIo: new Map(),
    burstExhaustedVolumes: new Map(),
    oldSnapshots: new Map(),
  };
  const performance =
    snapshot.performance.state === 'available' ? snapshot.performance.value : undefined;
  if (performance) {
    const days = performance.windowDays;
    for (const instance of snapshot.instances) {
      if (instance.state !== 'running') continue;
      const values = performance.instances[instance.id]?.values;
      if (values === undefined) continue;
      const cpuAverage = statistic(values, `${P}.cpu_utilization.average`);
      const networkIn = statistic(values, `${P}.network_in_bytes.sum`);
      const networkOut = statistic(values, `${P}.network_out_bytes.sum`);
      let idle: boolean | undefined;
      if (cpuAverage !== undefined && networkIn !== undefined && networkOut !== undefined) {
        idle =
          cpuAverage < t.idle_cpu_percent &&
          (networkIn + networkOut) / days < t.idle_network_bytes_per_day;
        signals.idleInstances.set(instance.id, idle);
      }
      const cpuPeak =
        statistic(values, `${P}.cpu_utilization.p95`) ??
        statistic(values, `${P}.cpu_utilization.maximum`);
      const memoryPeak = statistic(values, EC2_METRIC.memoryUsedPercentMaximum);
      if (cpuPeak !== undefined && idle !== undefined) {
        signals.overprovisionedInstances.set(
          instance.id,
          !idle &&
            cpuPeak < t.overprovisioned_cpu_p95_percent &&
            (memoryPeak === undefined || memoryPeak < t.overprovisioned_memory_percent),
        );
      }
    }
    for (const volume of snapshot.volumes) {
      if (volume.state === 'available') {
        signals.volumesWithoutIo.set(volume.id, true);
        continue;
      }
      const values = performance.volumes[volume.id];
      if (values === undefined) continue;
      const reads = statistic(values, `${P}.volume_read_ops.sum`);
      const writes = statistic(values, `${P}.volume_write_ops.sum`);
      if (reads !== undefined && writes !== undefined)
        signals.volumesWithoutIo.set(
          volume.id,
          (reads + writes) / days < t.idle_volume_ops_per_day,
        );
      const burst = statistic(values, `${P}.volume_burst_balance_percent.minimum`);
      if (burst !== undefined && BURSTABLE_VOLUME_TYPES.includes(volume.type))
        signals.burstExhaustedVolumes.set(volume.id, burst <= t.burst_balance_low_percent);
    }
  } else {
    for (const volume of snapshot.volumes)
      if (volume.state === 'available') signals.volumesWithoutIo.set(volume.id, true);
  }
  for (const s of ownSnapshots(snapshot)) {
    const age = snapshotAgeDays(s, scope.now);
    if (age !== undefined) signals.oldSnapshots.set(s.id, age > t.old_snapshot_days);
  }
  return signals;
}

const isUnassociated = (a: ElasticIp): boolean =>
  a.associationId === undefined && a.instanceId === undefined;

/** The prices a cost-enabled scan must read for this snapshot: only those of wasted resources. */
export interface PriceNeeds {
  ebsStorage: boolean;
  snapshotStorage: boolean;
  idleAddress: boolean;
  instanceTypes: string[];
}

export function priceNeeds(snapshot: Ec2Snapshot, signals: Ec2Signals): PriceNeeds {
  const idleTypes = new Set(
    snapshot.instances.filter((i) => signals.idleInstances.get(i.id) === true).map((i) => i.type),
  );
  return {
    ebsStorage: snapshot.volumes.some((v) => v.state === 'available'),
    snapshotStorage: ownSnapshots(snapshot).some((s) => signals.oldSnapshots.get(s.id) === true),
    idleAddress: snapshot.addresses.some(isUnassociated),
    instanceTypes: [...idleTypes].sort(),
  };
}

export interface WasteEstimate {
  resourceId: string;
  reason: 'unattached_volume' | 'unassociated_elastic_ip' | 'idle_instance' | 'old_snapshot';
  quantity: number;
  unit: 'GB-Mo' | 'Hrs';
  unitPriceUsd: number;
  monthlyUsd: number;
}

const round2 = (usd: number): number => Math.round(usd * 100) / 100;

/** Monthly waste of each wasted resource that has a price; a resource without one is left out. */
export function estimateWaste(
  snapshot: Ec2Snapshot,
  signals: Ec2Signals,
  prices: Ec2Prices,
  ids: ResourceIds,
): WasteEstimate[] {
  const out: WasteEstimate[] = [];
  for (const volume of snapshot.volumes) {
    const price = prices.ebsGbMonth[volume.type];
    if (volume.state !== 'available' || price === undefined) continue;
    out.push({
      resourceId: ids.volume(volume.id),
      reason: 'unattached_volume',
      quantity: volume.sizeGib,
      unit: 'GB-Mo',
      unitPriceUsd: price,
      monthlyUsd: round2(volume.sizeGib * price),
    });
  }
  for (const address of snapshot.addresses) {
    const price = prices.idleAddressHourly;
    if (!isUnassociated(address) || price === undefined) continue;
    out.push({
      resourceId: ids.elasticIp(address.allocationId ?? address.publicIp),
      reason: 'unassociated_elastic_ip',
      quantity: HOURS_PER_MONTH,
      unit: 'Hrs',
      unitPriceUsd: price,
      monthlyUsd: round2(HOURS_PER_MONTH * price),
    });
  }
  for (const instance of snapshot.instances) {
    const price = prices.instanceHourly[instance.type];
    if (signals.idleInstances.get(instance.id) !== true || price === undefined) continue;
    out.push({
      resourceId: ids.instance(instance.id),
      reason: 'idle_instance',
      quantity: HOURS_PER_MONTH,
      unit: 'Hrs',
      unitPriceUsd: price,
      monthlyUsd: round2(HOURS_PER_MONTH * price),
    });
  }
  for (const s of ownSnapshots(snapshot)) {
    const price = prices.snapshotGbMonth;
    if (signals.oldSnapshots.get(s.id) !== true || price === undefined) continue;
    // The full size when EC2 reports it, else the source volume's size (an upper bound).
    const gib = s.fullSizeBytes !== undefined ? s.fullSizeBytes / GIB : s.volumeSizeGib;
    out.push({
      resourceId: ids.snapshot(s.id),
      reason: 'old_snapshot',
      quantity: Math.round(gib * 1000) / 1000,
      unit: 'GB-Mo',
      unitPriceUsd: price,
      monthlyUsd: round2(gib * price),
    });
  }
  return out;
}

/** Signal events: one boolean per resource that has the data to decide it. */
export function* signalEvents(signals: Ec2Signals, ids: ResourceIds): Generator<EventDraft> {
  const emit = function* (
    map: ReadonlyMap<string, boolean>,
    idOf: (id: string) => string,
    metricType: string,
  ): Generator<EventDraft> {
    for (const [id, value] of map)
      yield { resource_id: idOf(id), metric_type: metricType, metric_value: value };
  };
  yield* emit(signals.idleInstances, ids.instance, EC2_METRIC.idleInstance);
  yield* emit(signals.overprovisionedInstances, ids.instance, EC2_METRIC.overprovisionedInstance);
  yield* emit(signals.volumesWithoutIo, ids.volume, EC2_METRIC.volumeWithoutIo);
  yield* emit(signals.burstExhaustedVolumes, ids.volume, EC2_METRIC.volumeBurstCreditsExhausted);
  yield* emit(signals.oldSnapshots, ids.snapshot, EC2_METRIC.oldSnapshot);
}

/** Waste events of a cost-enabled scan: the dollar estimate and how it was made. */
export function* wasteEvents(
  snapshot: Ec2Snapshot,
  signals: Ec2Signals,
  ids: ResourceIds,
  scope: Pick<SignalScope, 'accountId' | 'region'>,
): Generator<EventDraft> {
  const pricing = snapshot.pricing;
  if (pricing.state === 'denied' || pricing.state === 'failed' || pricing.state === 'absent') {
    yield {
      resource_id: regionScopeId('ec2', scope.region, scope.accountId),
      metric_type: EC2_METRIC.pricingUnavailable,
      metric_value: {
        error_code: pricing.errorCode,
        detail:
          'The AWS Price List API (pricing:GetProducts) could not be read; waste is not estimated in dollars.',
      },
    };
    return;
  }
  if (pricing.state !== 'available') return;
  for (const w of estimateWaste(snapshot, signals, pricing.value, ids)) {
    yield {
      resource_id: w.resourceId,
      metric_type: EC2_METRIC.estimatedMonthlyWasteUsd,
      metric_value: w.monthlyUsd,
    };
    const basis: Record<string, JsonValue> = {
      reason: w.reason,
      quantity: w.quantity,
      unit: w.unit,
      unit_price_usd: w.unitPriceUsd,
      monthly_usd: w.monthlyUsd,
      currency: 'USD',
      price_source: `AWS Price List, on-demand, ${scope.region}`,
    };
    if (w.unit === 'Hrs') basis.hours_per_month = HOURS_PER_MONTH;
    yield { resource_id: w.resourceId, metric_type: EC2_METRIC.wasteEstimate, metric_value: basis };
  }
}
