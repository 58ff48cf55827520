import type { GcpUnitContext } from './define-scanner.js';

/** One time series as Cloud Monitoring's timeSeries.list answers it (REST, view FULL). */
interface TimeSeries {
  metric?: { type?: string; labels?: Record<string, string> };
  resource?: { type?: string; labels?: Record<string, string> };
  points?: { value?: { doubleValue?: number; int64Value?: string } }[];
}

interface TimeSeriesPage {
  timeSeries?: TimeSeries[];
  nextPageToken?: string;
}

export const MONITORING_PERMISSION = 'monitoring.timeSeries.list';

/** The most points a timeSeries.list page may carry. */
const PAGE_SIZE = 100_000;

export interface SeriesQuery {
  /** `compute.googleapis.com/instance/cpu/utilization` */
  metricType: string;
  /** The resource label identifying the resource (`instance_id`, `database_id`). */
  resourceLabel: string;
  /** ALIGN_MEAN for gauges, ALIGN_SUM for deltas. */
  aligner: 'ALIGN_MEAN' | 'ALIGN_SUM' | 'ALIGN_MAX';
  /** Alignment period; unset = the whole window (one point per series). */
  alignmentSeconds?: number;
}

/**
 * Every series of one metric type in the project over the scan's window — one paginated call per
 * metric type for all resources — as resource label value → aligned points (oldest last, as
 * Monitoring answers). Series of one resource (several metric labels) are merged.
 */
export async function pointsByResource(
  ctx: GcpUnitContext,
  query: SeriesQuery,
): Promise<Map<string, number[]>> {
  const end = ctx.clock.now();
  const windowSeconds = ctx.options.metrics_window_days * 86_400;
  const start = new Date(end.getTime() - windowSeconds * 1000);
  const out = new Map<string, number[]>();
  for await (const page of ctx.clients.pages<TimeSeriesPage>(
    {
      api: 'monitoring',
      operation: 'projects.timeSeries.list',
      path: `v3/projects/${ctx.clients.project}/timeSeries`,
      query: {
        filter: `metric.type = "${query.metricType}"`,
        'interval.startTime': start.toISOString(),
        'interval.endTime': end.toISOString(),
        'aggregation.alignmentPeriod': `${query.alignmentSeconds ?? windowSeconds}s`,
        'aggregation.perSeriesAligner': query.aligner,
        view: 'FULL',
        pageSize: PAGE_SIZE,
      },
    },
    ctx.signal,
  )) {
    for (const series of page.timeSeries ?? []) {
      const key = series.resource?.labels?.[query.resourceLabel];
      if (!key) continue;
      const values = (series.points ?? [])
        .map((p) => p.value?.doubleValue ?? Number(p.value?.int64Value ?? NaN))
        .filter((v) => Number.isFinite(v));
      const existing = out.get(key);
      if (existing) existing.push(...values);
      else out.set(key, values);
    }
  }
  return out;
}

export function average(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
