import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  collectStatistics,
  metricWindow,
  type MetricDimension,
  type MetricStatistic,
  type StatisticQuery,
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

export interface StatTarget<F extends string = string> {
  /** The resource's id in the snapshot (its ARN). */
  id: string;
  dimensions: readonly MetricDimension[];
  /**
   * This resource's statistics, in place of the call's list: resources of one fetch whose kinds
   * publish different metrics (API Gateway's REST, HTTP and WebSocket APIs) each ask their own.
   */
  specs?: readonly StatSpec<F>[];
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
 * Every statistic of every resource in one batched, streamed GetMetricData fetch: the queries are
 * made a request at a time and each answer is folded into its resource (collectStatistics). Each
 * resource is asked `specs`, or its own `target.specs` when it has them. A refused or failed fetch
 * is `unavailable` with its code: no statistic is then reported, and nothing is judged idle.
 */
export async function collectResourceStats<F extends string>(
  ctx: AwsUnitContext,
  cloudwatch: CloudWatchClient,
  targets: readonly StatTarget<F>[],
  specs: readonly StatSpec<F>[],
): Promise<StatsRead<F>> {
  const windowDays = ctx.options.metrics_window_days;
  const window = metricWindow(ctx.clock.now(), windowDays, ctx.options.metrics_period_seconds);
  const collected = {
    status: 'collected' as const,
    windowDays,
    windowStart: window.start.toISOString(),
  };
  if (targets.every((target) => (target.specs ?? specs).length === 0))
    return { ...collected, resources: {} };
  const resources: Record<string, ResourceStats<F>> = {};
  for (const target of targets) resources[target.id] = {};
  function* queries(): Generator<StatisticQuery> {
    for (const target of targets) {
      const into = resources[target.id] as Record<string, number>;
      for (const spec of target.specs ?? specs) {
        yield {
          namespace: spec.namespace,
          metricName: spec.metricName,
          dimensions: target.dimensions,
          stat: spec.stat,
          into,
          field: spec.field,
          ...(spec.zeroWhenMissing ? { zeroWhenMissing: true } : {}),
        };
      }
    }
  }
  const tally = await guardedRead(ctx, 'cloudwatch:GetMetricData', () =>
    collectStatistics(cloudwatch, queries(), window, { signal: ctx.signal, meter: ctx.meter }),
  );
  if (tally.state !== 'available') return { status: 'unavailable', errorCode: tally.errorCode };
  return { ...collected, resources };
}
