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

/** One statistic of one metric over the window. */
export interface MetricSpec {
  namespace: string;
  metricName: string;
  dimensions: readonly MetricDimension[];
  stat: MetricStatistic;
}

/** One statistic of one metric over the window, identified by the caller's own key. */
export interface MetricQuery extends MetricSpec {
  /** Any string, unique within one fetch; results come back under it. */
  key: string;
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

/** What CloudWatch answered for one query, once every page of its request has arrived. */
export interface MetricAnswer {
  /**
   * The datapoints of every page, in the order they came ([] without any). Those of a query that
   * is not usable (isUsable) are what the failed pages carried: no statistic may be drawn from them.
   */
  values: number[];
  /**
   * The query's last status: `Complete`, `PartialData`, or `InternalError`/`Forbidden` (which stick
   * once a page reported them); `InternalError` when its request failed; absent when no page named it.
   */
  status?: string;
  /** The error code, when the query's request failed (alone, or when the retry budget ran out). */
  failed?: string;
}

/** Whether an answer's datapoints may be used: not when the query failed (InternalError, Forbidden). */
export function isUsable(answer: MetricAnswer): boolean {
  return answer.status !== 'InternalError' && answer.status !== 'Forbidden';
}

/** What a streamed fetch asked and how much of it went unanswered; the answers went to the caller. */
export interface MetricTally {
  queries: number;
  /** Queries with a status other than `Complete` (failed ones included). */
  incomplete: number;
  failed: number;
}

/** GetMetricData requests for this many queries, NextToken pages aside. */
export function callsFor(queries: number, window: MetricWindow): number {
  return Math.ceil(queries / queriesPerCall(window));
}

/**
 * Streams the queries through GetMetricData: it takes at most queriesPerCall(window) of them from
 * the iterable per request (ceil(queries / queriesPerCall) requests plus the NextToken pages
 * CloudWatch asks for), and hands each query its answer as soon as its request is complete, then
 * lets go of both. Nothing is kept per query: a lazy iterable (a generator) never has the whole
 * region's queries, nor their datapoints, in memory. Answers come in query order.
 */
export async function streamMetricData<Q extends MetricSpec>(
  client: CloudWatchClient,
  queries: Iterable<Q>,
  window: MetricWindow,
  onAnswer: (query: Q, answer: MetricAnswer) => void,
  options: FetchOptions = {},
): Promise<MetricTally> {
  const { signal, meter } = options;
  const tally: MetricTally = { queries: 0, incomplete: 0, failed: 0 };
  let firstFailure: string | undefined;
  let failures = 0;
  let lastCode = 'Error';

  const deliver = (query: Q, answer: MetricAnswer): void => {
    if (answer.status !== undefined && answer.status !== 'Complete') tally.incomplete += 1;
    if (answer.failed !== undefined) {
      tally.failed += 1;
      firstFailure ??= answer.failed;
    }
    onAnswer(query, answer);
  };

  const { paginateGetMetricData } = await cloudWatchSdk();
  /** One request and its NextToken pages: every query's answer, once all pages are in. */
  const fetchChunk = async (chunk: readonly Q[]): Promise<MetricAnswer[]> => {
    // Ids are positional within the chunk, so they always satisfy CloudWatch's id pattern.
    const answers: MetricAnswer[] = chunk.map(() => ({ values: [] }));
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
        const index = Number(result.Id?.slice(1));
        const answer = result.Id === `q${index}` ? answers[index] : undefined;
        if (answer === undefined) continue;
        for (const value of result.Values ?? []) answer.values.push(value);
        // A failure on any page sticks; otherwise the latest page's status is the query's.
        if (isUsable(answer) && result.StatusCode) answer.status = result.StatusCode;
      }
      signal?.throwIfAborted();
    }
    return answers;
  };

  const giveUp = (chunk: readonly Q[], code: string): void => {
    for (const query of chunk)
      deliver(query, { values: [], status: 'InternalError', failed: code });
  };

  /**
   * A request that fails is split in two and each half retried, down to the one query that fails on
   * its own: one query CloudWatch cannot serve never costs the others their values. A denied request
   * or a cancelled fetch is not retried: every query would meet the same answer.
   */
  const fetchSplitting = async (chunk: readonly Q[]): Promise<void> => {
    if (failures >= MAX_FAILED_REQUESTS) {
      giveUp(chunk, lastCode);
      return;
    }
    let answers: MetricAnswer[];
    try {
      answers = await fetchChunk(chunk);
    } catch (error) {
      if (signal?.aborted) throw error;
      const classified = classifyAwsError(error);
      if (classified.kind === 'access_denied' || classified.kind === 'timeout') throw error;
      failures += 1;
      lastCode = classified.code;
      if (chunk.length === 1 || failures >= MAX_FAILED_REQUESTS) {
        giveUp(chunk, classified.code);
        return;
      }
      const half = Math.ceil(chunk.length / 2);
      await fetchSplitting(chunk.slice(0, half));
      await fetchSplitting(chunk.slice(half));
      return;
    }
    // Outside the try: a caller's error while folding is its own, never a failed request to retry.
    chunk.forEach((query, index) => deliver(query, answers[index]!));
  };

  const perCall = queriesPerCall(window);
  const pending = queries[Symbol.iterator]();
  for (;;) {
    const chunk: Q[] = [];
    for (let next = pending.next(); !next.done; next = pending.next()) {
      chunk.push(next.value);
      if (chunk.length === perCall) break;
    }
    if (chunk.length === 0) break;
    tally.queries += chunk.length;
    await fetchSplitting(chunk);
    if (chunk.length < perCall) break;
  }
  if (tally.queries > 0 && tally.failed === tally.queries) {
    // Nothing was answered: the fetch failed, and says so, rather than returning empty statistics.
    throw new MetricFetchError(firstFailure ?? 'Error', tally.failed);
  }
  return tally;
}

/**
 * A query that carries where its statistic goes, so that its answer is folded in place: no key, no
 * lookup table, nothing kept once it is answered.
 */
export interface StatisticQuery extends MetricSpec {
  /** The resource's statistics the value is written to (a record, or anything with a `set`). */
  into: Record<string, number> | { set(field: string, value: number): void };
  /** The value's name there. */
  field: string;
  /**
   * The service publishes no datapoint for a period without activity (requests, errors): an
   * answered query without datapoints is then 0, not unknown.
   */
  zeroWhenMissing?: boolean;
}

/**
 * Writes a query's statistic over the window (combineDatapoints) into its resource; a query that
 * failed, or whose answer has no datapoint, leaves it absent (0 with zeroWhenMissing, if answered).
 */
export function foldStatistic(query: StatisticQuery, answer: MetricAnswer): void {
  if (!isUsable(answer)) return;
  const value = combineDatapoints(query.stat, answer.values);
  if (value !== undefined) write(query, value);
  else if (query.zeroWhenMissing) write(query, 0);
}

function write({ into, field }: StatisticQuery, value: number): void {
  // A record's values are numbers, never functions: a `set` is a row's.
  if (typeof into.set === 'function')
    (into as { set(f: string, v: number): void }).set(field, value);
  else (into as Record<string, number>)[field] = value;
}

/** Streams statistic queries (streamMetricData), folding each answer into its resource. */
export function collectStatistics(
  client: CloudWatchClient,
  queries: Iterable<StatisticQuery>,
  window: MetricWindow,
  options: FetchOptions = {},
): Promise<MetricTally> {
  return streamMetricData(client, queries, window, foldStatistic, options);
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
 * GetMetricData requests plus the NextToken pages CloudWatch asks for. It holds every answer until
 * the end: a region-sized fetch streams instead (streamMetricData).
 */
export async function fetchMetricData(
  client: CloudWatchClient,
  queries: readonly MetricQuery[],
  window: MetricWindow,
  options: FetchOptions = {},
): Promise<MetricData> {
  const values = new Map<string, number[]>();
  for (const query of queries) {
    if (values.has(query.key)) throw new Error(`duplicate metric query key ${query.key}`);
    values.set(query.key, []);
  }
  const incomplete = new Map<string, string>();
  const failed = new Map<string, string>();
  await streamMetricData(
    client,
    queries,
    window,
    (query, answer) => {
      values.set(query.key, answer.values);
      if (answer.status !== undefined && answer.status !== 'Complete')
        incomplete.set(query.key, answer.status);
      if (answer.failed !== undefined) failed.set(query.key, answer.failed);
    },
    options,
  );
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
    return callsFor(this.#queries.length, this.window);
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

function toDataQuery(id: string, query: MetricSpec, window: MetricWindow): MetricDataQuery {
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
