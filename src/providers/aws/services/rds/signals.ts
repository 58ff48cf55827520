import type { EventDraft, Thresholds } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { HOURS_PER_MONTH } from '../../pricing.js';
import { RDS_SIGNAL_METRIC } from './metrics.js';
import type { RdsRegionSnapshot } from './model.js';

/** Pure: performance events, idle / over-provisioned / burst signals and waste of DB instances. */

const P = 'aws.performance.rds';

export interface RdsSignals {
  idle: Map<string, boolean>;
  overprovisioned: Map<string, boolean>;
  burstExhausted: Map<string, boolean>;
}

export function deriveRdsSignals(snapshot: RdsRegionSnapshot, t: Thresholds): RdsSignals {
  const signals: RdsSignals = {
    idle: new Map(),
    overprovisioned: new Map(),
    burstExhausted: new Map(),
  };
  if (snapshot.performance?.state !== 'available') return signals;
  const performance = snapshot.performance.value;
  for (const instance of snapshot.instances) {
    const values = performance.instances[instance.id];
    if (values === undefined || instance.status !== 'available') continue;
    const cpu = values[`${P}.cpu_utilization.average`];
    const connections = values[`${P}.database_connections.maximum`];
    let idle: boolean | undefined;
    if (cpu !== undefined && connections !== undefined) {
      idle = cpu < t.idle_cpu_percent && connections <= t.idle_db_connections;
      signals.idle.set(instance.id, idle);
    }
    const peak = values[`${P}.cpu_utilization.p95`] ?? values[`${P}.cpu_utilization.maximum`];
    if (peak !== undefined && idle !== undefined)
      signals.overprovisioned.set(instance.id, !idle && peak < t.overprovisioned_cpu_p95_percent);
    const burst = values[`${P}.burst_balance_percent.minimum`];
    if (burst !== undefined)
      signals.burstExhausted.set(instance.id, burst <= t.burst_balance_low_percent);
  }
  return signals;
}

/** Idle DB instances whose price the waste estimate needs. */
export function idleInstances(snapshot: RdsRegionSnapshot, signals: RdsSignals) {
  return snapshot.instances.filter((i) => signals.idle.get(i.id) === true);
}

export function* rdsPerformanceEvents(snapshot: RdsRegionSnapshot): Generator<EventDraft> {
  const performance = snapshot.performance;
  if (performance === undefined) return;
  for (const instance of snapshot.instances) {
    if (performance.state !== 'available') {
      yield {
        resource_id: instance.arn,
        metric_type: RDS_SIGNAL_METRIC.performanceDataUnavailable,
        metric_value: {
          reason: 'cloudwatch_error',
          error_code: performance.errorCode,
          detail:
            'CloudWatch GetMetricData failed; no performance metric is reported for this DB instance.',
        },
      };
      continue;
    }
    for (const [metricType, value] of Object.entries(
      performance.value.instances[instance.id] ?? {},
    ))
      yield { resource_id: instance.arn, metric_type: metricType, metric_value: value };
  }
}

export function* rdsSignalEvents(
  snapshot: RdsRegionSnapshot,
  signals: RdsSignals,
  scope: { accountId: string; region: string },
): Generator<EventDraft> {
  const arnOf = new Map(snapshot.instances.map((i) => [i.id, i.arn]));
  const emit = function* (map: ReadonlyMap<string, boolean>, metricType: string) {
    for (const [id, value] of map)
      yield { resource_id: arnOf.get(id)!, metric_type: metricType, metric_value: value };
  };
  yield* emit(signals.idle, RDS_SIGNAL_METRIC.idleDatabase);
  yield* emit(signals.overprovisioned, RDS_SIGNAL_METRIC.overprovisionedDatabase);
  yield* emit(signals.burstExhausted, RDS_SIGNAL_METRIC.burstCreditsExhausted);

  const pricing = snapshot.pricing;
  if (pricing?.state === 'denied' || pricing?.state === 'failed' || pricing?.state === 'absent') {
    yield {
      resource_id: regionScopeId('rds', scope.region, scope.accountId),
      metric_type: RDS_SIGNAL_METRIC.pricingUnavailable,
      metric_value: {
        error_code: pricing.errorCode,
        detail:
          'The AWS Price List API (pricing:GetProducts) could not be read; idle databases are not priced.',
      },
    };
    return;
  }
  if (pricing?.state !== 'available') return;
  for (const instance of idleInstances(snapshot, signals)) {
    const hourly = pricing.value[instance.id];
    if (hourly === undefined) continue;
    const monthly = Math.round(hourly * HOURS_PER_MONTH * 100) / 100;
    yield {
      resource_id: instance.arn,
      metric_type: RDS_SIGNAL_METRIC.estimatedMonthlyWasteUsd,
      metric_value: monthly,
    };
    yield {
      resource_id: instance.arn,
      metric_type: RDS_SIGNAL_METRIC.wasteEstimate,
      metric_value: {
        reason: 'idle_database',
        quantity: HOURS_PER_MONTH,
        unit: 'Hrs',
        unit_price_usd: hourly,
        hours_per_month: HOURS_PER_MONTH,
        monthly_usd: monthly,
        currency: 'USD',
        price_source: `AWS Price List, on-demand, ${scope.region}`,
      },
    };
  }
}
