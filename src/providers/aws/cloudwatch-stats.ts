import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  metricWindow,
  MetricsCollector,
  statisticOf,
  type MetricDimension,
  type MetricQuery,
  type MetricStatistic,
} from './cloudwatch.js';
import type { AwsUnitContext } from './define-scanner.js';
import { guardedRead } from './read.js';

/** One statistic a scanner wants of each of its resources. */
export interface StatSpec<F extends string> {
  field: F;
  namespace: string;
  metricName: string;
  stat: MetricStatistic;
  /**
   * The service publishes no datapoint for a period without activity (requests, errors): an
   * answered query without datapoints is then 0, not unknown.
   */
  zeroWhenMissing?: boolean;
}

export interface StatTarget {
  /** The resource's id in the snapshot (its ARN). */
  id: string;
  dimensions: readonly MetricDimension[];
}

/** A resource's statistics; a field is absent when CloudWatch did not answer its query. */
export type ResourceStats<F extends string> = Partial<Record<F, number>>;

export type StatsRead<F extends string> =
  | {
      status: 'collected';
      windowDays: number;
      /** ISO start of the window. */
      windowStart: string;
      resources: Record<string, ResourceStats<F>>;
    }
  | { status: 'unavailable'; errorCode: string };

/**
 * Every statistic of every resource in one batched GetMetricData fetch (MetricsCollector packs
 * them into the fewest requests). A refused or failed fetch is `unavailable` with its code: no
 * statistic is then reported, and nothing is judged idle.
 */
export async function collectResourceStats<F extends string>(
  ctx: AwsUnitContext,
  cloudwatch: CloudWatchClient,
  targets: readonly StatTarget[],
  specs: readonly StatSpec<F>[],
): Promise<StatsRead<F>> {
  const windowDays = ctx.options.metrics_window_days;
  const window = metricWindow(ctx.clock.now(), windowDays, ctx.options.metrics_period_seconds);
  const collected = {
    status: 'collected' as const,
    windowDays,
    windowStart: window.start.toISOString(),
  };
  const plan = new Map<string, { id: string; spec: StatSpec<F> }>();
  const queries: MetricQuery[] = [];
  for (const target of targets) {
    for (const spec of specs) {
      const key = `q${queries.length}`;
      queries.push({
        key,
        namespace: spec.namespace,
        metricName: spec.metricName,
        dimensions: target.dimensions,
        stat: spec.stat,
      });
      plan.set(key, { id: target.id, spec });
    }
  }
  if (queries.length === 0) return { ...collected, resources: {} };
  const metrics = new MetricsCollector(window);
  metrics.add(queries);
  const data = await guardedRead(ctx, 'cloudwatch:GetMetricData', () =>
    metrics.fetch(cloudwatch, { signal: ctx.signal, meter: ctx.meter }),
  );
  if (data.state !== 'available') return { status: 'unavailable', errorCode: data.errorCode };
  const resources: Record<string, ResourceStats<F>> = {};
  for (const target of targets) resources[target.id] = {};
  for (const [key, { id, spec }] of plan) {
    if (data.value.failed.has(key)) continue;
    const code = data.value.incomplete.get(key);
    if (code === 'InternalError' || code === 'Forbidden') continue;
    const value = statisticOf(data.value, key, spec.stat);
    const stats = resources[id]!;
    if (value !== undefined) stats[spec.field] = value;
    else if (spec.zeroWhenMissing) stats[spec.field] = 0;
  }
  return { ...collected, resources };
}
