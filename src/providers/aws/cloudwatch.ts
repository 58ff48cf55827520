import {
  paginateGetMetricData,
  paginateListMetrics,
  type CloudWatchClient,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';

/** GetMetricData accepts at most this many queries per request. */
export const MAX_QUERIES_PER_CALL = 500;

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

export type MetricStatistic = 'Average' | 'Maximum' | 'Minimum' | 'Sum' | 'SampleCount';

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
 * The look-back window as a single CloudWatch period. Both ends sit on a whole hour and the period
 * spans the whole window (a multiple of 3600 s), so each query returns one datapoint: the statistic
 * over the window. CloudWatch rounds older start times down to 1 min, 5 min or 1 h depending on
 * their age; an hour-aligned start is never moved, so the window never splits into two buckets, and
 * the request stays far below GetMetricData's datapoint limit however many queries it carries.
 */
export function metricWindow(now: Date, days: number): MetricWindow {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`metrics window must be whole days ≥ 1, got ${days}`);
  const end = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const periodSeconds = days * 86_400;
  return { start: new Date(end.getTime() - periodSeconds * 1000), end, periodSeconds };
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
  }
}

/**
 * Every query's datapoints, keyed by the caller's key, in ceil(queries / 500) GetMetricData
 * requests plus the NextToken pages CloudWatch asks for. A query with no datapoint maps to [].
 */
export async function fetchMetricStatistics(
  client: CloudWatchClient,
  queries: readonly MetricQuery[],
  window: MetricWindow,
  signal?: AbortSignal,
): Promise<Map<string, number[]>> {
  const results = new Map<string, number[]>();
  for (const query of queries) {
    if (results.has(query.key)) throw new Error(`duplicate metric query key ${query.key}`);
    results.set(query.key, []);
  }
  for (let offset = 0; offset < queries.length; offset += MAX_QUERIES_PER_CALL) {
    const chunk = queries.slice(offset, offset + MAX_QUERIES_PER_CALL);
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
      for (const result of page.MetricDataResults ?? []) {
        const key = result.Id === undefined ? undefined : keyById.get(result.Id);
        if (key === undefined) continue;
        results.get(key)?.push(...(result.Values ?? []));
      }
      signal?.throwIfAborted();
    }
  }
  return results;
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
