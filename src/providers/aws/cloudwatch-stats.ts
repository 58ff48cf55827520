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

/**
 * Statistics of many resources of one kind in one Float64Array, NaN where a statistic is absent:
 * 8 bytes each, where a record holds each as a 16-byte heap number behind an 8-byte slot, with its
 * property array. A region's instances and volumes keep theirs from CloudWatch to the extractors.
 */
export class StatisticsTable {
  readonly #columns = new Map<string, number>();
  readonly #values: Float64Array;
  #rows = 0;

  /** `fields`: the metric types a row may hold; `capacity`: how many rows will be made. */
  constructor(fields: readonly string[], capacity: number) {
    for (const field of fields)
      if (!this.#columns.has(field)) this.#columns.set(field, this.#columns.size);
    this.#values = new Float64Array(capacity * this.#columns.size).fill(Number.NaN);
  }

  /** A new row, every statistic absent. */
  row(): StatisticsRow {
    if (this.#rows * this.#columns.size >= this.#values.length && this.#columns.size > 0)
      throw new RangeError('StatisticsTable: more rows than its capacity');
    return new StatisticsRow(this, this.#rows++ * this.#columns.size);
  }

  /** @internal */
  read(offset: number, field: string): number | undefined {
    const column = this.#columns.get(field);
    if (column === undefined) return undefined;
    const value = this.#values[offset + column]!;
    return Number.isNaN(value) ? undefined : value;
  }

  /** @internal */
  write(offset: number, field: string, value: number): void {
    const column = this.#columns.get(field);
    if (column === undefined) throw new RangeError(`StatisticsTable: no column ${field}`);
    this.#values[offset + column] = value;
  }

  /** @internal */
  fields(): IterableIterator<string> {
    return this.#columns.keys();
  }
}

/** One resource's statistics in a StatisticsTable. */
export class StatisticsRow {
  constructor(
    private readonly table: StatisticsTable,
    private readonly offset: number,
  ) {}

  get(field: string): number | undefined {
    return this.table.read(this.offset, field);
  }

  set(field: string, value: number): void {
    this.table.write(this.offset, field, value);
  }

  /** The statistics present, as a record (metric type → value). */
  toRecord(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const field of this.table.fields()) {
      const value = this.get(field);
      if (value !== undefined) out[field] = value;
    }
    return out;
  }
}

/** A resource's statistics by metric type: a record, or a row of its region's table. */
export type Statistics = Readonly<Record<string, number>> | StatisticsRow;

/** A statistic of `stats`; undefined when it had no datapoint. */
export function statistic(stats: Statistics, field: string): number | undefined {
  return stats instanceof StatisticsRow ? stats.get(field) : stats[field];
}
