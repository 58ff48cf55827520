// The SDK's code is loaded on the first request (`cloudWatchSdk`): extractors import this module's
// pure helpers, and the scanner registry must load no SDK.
import type { CloudWatchClient, MetricDataQuery } from '@aws-sdk/client-cloudwatch';

const cloudWatchSdk = () => import('@aws-sdk/client-cloudwatch');
import type { ApiCostMeter } from '../../core/index.js';
import { classifyAwsError } from './errors.js';

/** GetMetricData accepts at most this many queries per request. */
export const MAX_QUERIES_PER_CALL = 500;

/** GetMetricData returns at most this many datapoints per request (more come as NextToken pages). */
export const MAX_DATAPOINTS_PER_CALL = 100_800;

/** GetMetricData is billed USD 0.01 per 1,000 metrics requested. */
export const GET_METRIC_DATA_USD_PER_METRIC = 0.01 / 1000;

/** CloudWatch query ids: a lower-case letter first, then letters, digits and underscores. */
export const QUERY_ID_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;

export interface MetricDimension {
  name: string;
  value: string;
}

/** One metric as CloudWatch lists it: the exact dimension set GetMetricData must be asked with. */
export interface ListedMetric {
  namespace: string;
  metricName: string;
  dimensions: MetricDimension[];
}

/** CloudWatch statistics; `p95` is the 95th percentile (where the metric supports percentiles). */
export type MetricStatistic = 'Average' | 'Maximum' | 'Minimum' | 'Sum' | 'SampleCount' | 'p95';

/** One statistic of one metric over the window, identified by the caller's own key. */
export interface MetricQuery {
  /** Any string, unique within one fetch; results come back under it. */
  key: string;
  namespace: string;
  metricName: string;
  dimensions: readonly MetricDimension[];
  stat: MetricStatistic;
}

export interface MetricWindow {
  start: Date;
  end: Date;
  periodSeconds: number;
}

const HOUR_MS = 3_600_000;

/**
 * The look-back window. Both ends sit on a whole hour. By default one period spans the whole window
 * (a multiple of 3600 s), so each query returns one datapoint: the statistic over the window.
 * CloudWatch rounds older start times down to 1 min, 5 min or 1 h depending on their age; an
 * hour-aligned start is never moved, so the window never splits into an extra bucket. A shorter
 * `periodSeconds` (a multiple of 3600) gives one datapoint per period; the start moves back so that
 * the window is a whole number of periods.
 */
export function metricWindow(now: Date, days: number, periodSeconds?: number): MetricWindow {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`metrics window must be whole days ≥ 1, got ${days}`);
  const end = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const windowSeconds = days * 86_400;
  const period = periodSeconds ?? windowSeconds;
  if (!Number.isInteger(period) || period < 3600 || period % 3600 !== 0 || period > windowSeconds)
    throw new RangeError(
      `metrics period must be a multiple of 3600 s within the window, got ${periodSeconds}`,
    );
  const periods = Math.ceil(windowSeconds / period);
  return {
    start: new Date(end.getTime() - periods * period * 1000),
    end,
    periodSeconds: period,
  };
}

/** Datapoints one query returns at most over the window. */
export function datapointsPerQuery(window: MetricWindow): number {
  return Math.ceil((window.end.getTime() - window.start.getTime()) / (window.periodSeconds * 1000));
}

/** Queries per GetMetricData request: 500, fewer when their datapoints would pass the limit. */
export function queriesPerCall(window: MetricWindow): number {
  return Math.max(
    1,
    Math.min(
      MAX_QUERIES_PER_CALL,
      Math.floor(MAX_DATAPOINTS_PER_CALL / datapointsPerQuery(window)),
    ),
  );
}

/** Reduces the datapoints of one statistic to a single value (several only if the window split). */
export function combineDatapoints(
  stat: MetricStatistic,
  values: readonly number[],
): number | undefined {
  if (values.length === 0) return undefined;
  switch (stat) {
    case 'Maximum':
      return Math.max(...values);
    case 'Minimum':
      return Math.min(...values);
    case 'Sum':
    case 'SampleCount':
      return values.reduce((a, b) => a + b, 0);
    case 'Average':
      // Equal-weight mean of bucket averages: exact with the single bucket metricWindow produces.
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'p95':
      // Percentiles do not combine; with several periods the highest period p95 is an upper bound.
      return Math.max(...values);
  }
}

/**
 * Failed GetMetricData requests a fetch splits and retries before it gives up on the rest: one bad
 * query costs about log2(batch) extra calls, a service that fails everything costs a few, not 2×N.
 */
export const MAX_FAILED_REQUESTS = 12;

export interface FetchOptions {
  signal?: AbortSignal;
  /** Counts each request (and NextToken page) with the metrics it asked for. */
  meter?: ApiCostMeter;
}

/** What GetMetricData returned, by the caller's keys. */
export interface MetricData {
  /** Every query's datapoints; a query with no datapoint maps to []. */
  values: Map<string, number[]>;
  /**
   * Queries CloudWatch did not answer completely, with their last status: `InternalError` or
   * `Forbidden` (their values are dropped by usableValues), or `PartialData` still on the last page
   * (the values received are kept). A query whose request failed even alone is `InternalError`.
   */
  incomplete: Map<string, string>;
  /** Queries whose request failed (alone, or when the retry budget ran out), with the error code. */
  failed: Map<string, string>;
}

/**
 * Every query's datapoints, keyed by the caller's key, in ceil(queries / queriesPerCall(window))
 * GetMetricData requests plus the NextToken pages CloudWatch asks for.
 */
export async function fetchMetricData(
  client: CloudWatchClient,
  queries: readonly MetricQuery[],
  window: MetricWindow,
  options: FetchOptions = {},
): Promise<MetricData> {
  const { signal, meter } = options;
  const values = new Map<string, number[]>();
  const status = new Map<string, string>();
  for (const query of queries) {
    if (values.has(query.key)) throw new Error(`duplicate metric query key ${query.key}`);
    values.set(query.key, []);
  }
  const failed = new Map<string, string>();
  let failures = 0;
  let lastCode = 'Error';

  const { paginateGetMetricData } = await cloudWatchSdk();
  const fetchChunk = async (chunk: readonly MetricQuery[]): Promise<void> => {
    // Ids are positional within the chunk, so they always satisfy CloudWatch's id pattern whatever the keys are.
    const keyById = new Map(chunk.map((query, index) => [`q${index}`, query.key]));
    const pages = paginateGetMetricData(
      { client },
      {
        StartTime: window.start,
        EndTime: window.end,
        MetricDataQueries: chunk.map((query, index) => toDataQuery(`q${index}`, query, window)),
      },
      { abortSignal: signal },
    );
    for await (const page of pages) {
      meter?.record({
        service: 'cloudwatch',
        operation: 'GetMetricData',
        units: chunk.length,
        usd: chunk.length * GET_METRIC_DATA_USD_PER_METRIC,
      });
      for (const result of page.MetricDataResults ?? []) {
        const key = result.Id === undefined ? undefined : keyById.get(result.Id);
        if (key === undefined) continue;
        values.get(key)?.push(...(result.Values ?? []));
        const previous = status.get(key);
        // A failure on any page sticks; otherwise the latest page's status is the query's.
        if (previous !== 'InternalError' && previous !== 'Forbidden' && result.StatusCode)
          status.set(key, result.StatusCode);
      }
      signal?.throwIfAborted();
    }
  };

  const giveUp = (chunk: readonly MetricQuery[], code: string): void => {
    for (const query of chunk) {
      values.set(query.key, []);
      status.set(query.key, 'InternalError');
      failed.set(query.key, code);
    }
  };

  /**
   * A request that fails is split in two and each half retried, down to the one query that fails on
   * its own: one query CloudWatch cannot serve never costs the others their values. A denied request
   * or a cancelled fetch is not retried: every query would meet the same answer.
   */
  const fetchSplitting = async (chunk: readonly MetricQuery[]): Promise<void> => {
    if (failures >= MAX_FAILED_REQUESTS) {
      giveUp(chunk, lastCode);
      return;
    }
    try {
      await fetchChunk(chunk);
    } catch (error) {
      if (signal?.aborted) throw error;
      const classified = classifyAwsError(error);
      if (classified.kind === 'access_denied' || classified.kind === 'timeout') throw error;
      for (const query of chunk) {
        values.set(query.key, []);
        status.delete(query.key);
      }
      failures += 1;
      lastCode = classified.code;
      if (chunk.length === 1 || failures >= MAX_FAILED_REQUESTS) {
        giveUp(chunk, classified.code);
        return;
      }
      const half = Math.ceil(chunk.length / 2);
      await fetchSplitting(chunk.slice(0, half));
      await fetchSplitting(chunk.slice(half));
    }
  };

  const perCall = queriesPerCall(window);
  for (let offset = 0; offset < queries.length; offset += perCall) {
    await fetchSplitting(queries.slice(offset, offset + perCall));
  }
  if (queries.length > 0 && failed.size === queries.length) {
    // Nothing was answered: the fetch failed, and says so, rather than returning empty statistics.
    throw new MetricFetchError(failed.values().next().value ?? 'Error', failed.size);
  }
  const incomplete = new Map<string, string>();
  for (const [key, code] of status) if (code !== 'Complete') incomplete.set(key, code);
  return { values, incomplete, failed };
}

/** Every GetMetricData request of a fetch failed: its name is the code CloudWatch answered. */
export class MetricFetchError extends Error {
  constructor(
    readonly code: string,
    readonly queries: number,
  ) {
    super(`GetMetricData failed for all ${queries} queries (${code})`);
    this.name = code;
  }
}

/** fetchMetricData's datapoints only. */
export async function fetchMetricStatistics(
  client: CloudWatchClient,
  queries: readonly MetricQuery[],
  window: MetricWindow,
  signal?: AbortSignal,
): Promise<Map<string, number[]>> {
  return (await fetchMetricData(client, queries, window, { signal })).values;
}

/**
 * One unit's CloudWatch metrics: each part of a scanner (instances, volumes, databases…) adds the
 * queries it wants, then a single batched fetch serves them all, in the fewest requests.
 */
export class MetricsCollector {
  readonly #queries: MetricQuery[] = [];
  readonly #keys = new Set<string>();

  constructor(readonly window: MetricWindow) {}

  /** Adds queries; keys must be unique across everything added. */
  add(queries: Iterable<MetricQuery>): void {
    for (const query of queries) {
      if (this.#keys.has(query.key)) throw new Error(`duplicate metric query key ${query.key}`);
      this.#keys.add(query.key);
      this.#queries.push(query);
    }
  }

  get size(): number {
    return this.#queries.length;
  }

  /** GetMetricData requests the fetch makes, NextToken pages aside. */
  get plannedCalls(): number {
    return Math.ceil(this.#queries.length / queriesPerCall(this.window));
  }

  fetch(client: CloudWatchClient, options: FetchOptions = {}): Promise<MetricData> {
    return fetchMetricData(client, this.#queries, this.window, options);
  }
}

/** The datapoints to compute statistics from: a query that failed (InternalError, Forbidden) has none. */
export function usableValues(data: MetricData): Map<string, number[]> {
  const out = new Map(data.values);
  for (const [key, code] of data.incomplete)
    if (code === 'InternalError' || code === 'Forbidden') out.set(key, []);
  return out;
}

/** A statistic's single value over the window from its datapoints (absent without any). */
export function statisticOf(
  data: MetricData,
  key: string,
  stat: MetricStatistic,
): number | undefined {
  if (data.incomplete.has(key)) {
    const code = data.incomplete.get(key);
    if (code === 'InternalError' || code === 'Forbidden') return undefined;
  }
  return combineDatapoints(stat, data.values.get(key) ?? []);
}

function toDataQuery(id: string, query: MetricQuery, window: MetricWindow): MetricDataQuery {
  return {
    Id: id,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: query.namespace,
        MetricName: query.metricName,
        Dimensions: query.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
      },
      Period: window.periodSeconds,
      Stat: query.stat,
    },
  };
}

/** Every metric of a namespace (optionally one metric name) that has data in the last two weeks. */
export async function listMetrics(
  client: CloudWatchClient,
  filter: { namespace: string; metricName?: string },
  signal?: AbortSignal,
): Promise<ListedMetric[]> {
  const listed: ListedMetric[] = [];
  const { paginateListMetrics } = await cloudWatchSdk();
  const pages = paginateListMetrics(
    { client },
    {
      Namespace: filter.namespace,
      ...(filter.metricName ? { MetricName: filter.metricName } : {}),
    },
    { abortSignal: signal },
  );
  for await (const page of pages) {
    for (const m of page.Metrics ?? []) {
      if (m.MetricName === undefined) continue;
      listed.push({
        namespace: m.Namespace ?? filter.namespace,
        metricName: m.MetricName,
        dimensions: (m.Dimensions ?? []).flatMap((d) =>
          d.Name !== undefined && d.Value !== undefined ? [{ name: d.Name, value: d.Value }] : [],
        ),
      });
    }
    signal?.throwIfAborted();
  }
  return listed;
}
