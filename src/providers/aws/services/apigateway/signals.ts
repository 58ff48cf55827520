import type { StatSpec } from '../../cloudwatch-stats.js';
import type { MetricDimension } from '../../cloudwatch.js';
import type { ApiGatewayRegionSnapshot, ApiStat, RestApi, V2Api } from './model.js';

const NAMESPACE = 'AWS/ApiGateway';

/** A count API Gateway publishes no datapoint of for a period without traffic: none means 0. */
const count = (
  field: ApiStat,
  metricName: string,
  stat: 'Sum' | 'SampleCount' = 'Sum',
): StatSpec<ApiStat> => ({ field, namespace: NAMESPACE, metricName, stat, zeroWhenMissing: true });

const latency: StatSpec<ApiStat> = {
  field: 'latencyMs',
  namespace: NAMESPACE,
  metricName: 'Latency',
  stat: 'Average',
};

/**
 * The statistics asked of each kind of API (see ApiStat). REST metric names are capitalised
 * (4XXError, 5XXError), HTTP ones lower case (4xx, 5xx); `Count` is taken as SampleCount, the
 * statistic the API Gateway documentation names for it.
 */
export const REST_STATS: readonly StatSpec<ApiStat>[] = [
  count('requests', 'Count', 'SampleCount'),
  count('clientErrors', '4XXError'),
  count('serverErrors', '5XXError'),
  latency,
];
export const HTTP_STATS: readonly StatSpec<ApiStat>[] = [
  count('requests', 'Count', 'SampleCount'),
  count('clientErrors', '4xx'),
  count('serverErrors', '5xx'),
  latency,
];
export const WEBSOCKET_STATS: readonly StatSpec<ApiStat>[] = [
  count('requests', 'MessageCount'),
  count('connections', 'ConnectCount'),
  count('clientErrors', 'ClientError'),
  count('serverErrors', 'ExecutionError'),
  count('integrationErrors', 'IntegrationError'),
];

/**
 * The ApiName dimension of a REST API's metrics: API Gateway drops the name's non-ASCII
 * characters, and uses the API id when none is left.
 */
export function restMetricsName(api: Pick<RestApi, 'id' | 'name'>): string {
  // eslint-disable-next-line no-control-regex
  const ascii = api.name.replace(/[^\x00-\x7F]/g, '');
  return ascii === '' ? api.id : ascii;
}

/**
 * The ApiName dimensions two or more REST APIs of the region share: their metrics are one series,
 * which cannot be told apart, so none of them is given statistics.
 */
export function sharedRestMetricsNames(apis: readonly Pick<RestApi, 'id' | 'name'>[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const api of apis) {
    const name = restMetricsName(api);
    if (seen.has(name)) shared.add(name);
    seen.add(name);
  }
  return shared;
}

/** The dimensions and statistics of a REST API's metrics. */
export function restStatTarget(api: Pick<RestApi, 'id' | 'name'>): {
  dimensions: MetricDimension[];
  specs: readonly StatSpec<ApiStat>[];
} {
  return { dimensions: [{ name: 'ApiName', value: restMetricsName(api) }], specs: REST_STATS };
}

/** The dimensions and statistics of an HTTP or WebSocket API's metrics (ApiId). */
export function v2StatTarget(api: Pick<V2Api, 'id' | 'protocol'>): {
  dimensions: MetricDimension[];
  specs: readonly StatSpec<ApiStat>[];
} {
  return {
    dimensions: [{ name: 'ApiId', value: api.id }],
    specs: api.protocol === 'WEBSOCKET' ? WEBSOCKET_STATS : HTTP_STATS,
  };
}

/**
 * Idle: no request (WebSocket: no message and no connection) over a whole window the API existed
 * for (true); traffic (false); undefined when the traffic or the creation date is unknown, or the
 * API is younger than the window.
 */
export function isIdleApi(
  api: Pick<RestApi | V2Api, 'arn' | 'createdDate'>,
  performance: ApiGatewayRegionSnapshot['performance'],
  websocket: boolean,
): boolean | undefined {
  if (performance.status !== 'collected') return undefined;
  const stats = performance.resources[api.arn];
  const requests = stats?.requests;
  const connections = websocket ? stats?.connections : 0;
  if ((requests ?? 0) > 0 || (connections ?? 0) > 0) return false;
  if (requests === undefined || connections === undefined) return undefined;
  if (!api.createdDate || api.createdDate > performance.windowStart) return undefined;
  return true;
}

/** Requests answered with an error (4XX or 5XX) per request, in percent; undefined without requests. */
export function errorRatePercent(
  clientErrors?: number,
  serverErrors?: number,
  requests?: number,
): number | undefined {
  if (clientErrors === undefined || serverErrors === undefined) return undefined;
  if (requests === undefined || requests === 0) return undefined;
  return Math.round(((clientErrors + serverErrors) / requests) * 10_000) / 100;
}
