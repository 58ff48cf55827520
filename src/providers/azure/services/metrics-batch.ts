import type { AzureUnitContext } from '../define-scanner.js';
import type { JsonObject } from '../pipeline.js';
import { guardedRead, type Read } from '../read.js';
import { arr, num, obj, str } from './rows.js';

/** `metrics:getBatch` takes at most 50 resources of one type and region a call. */
export const METRICS_BATCH_SIZE = 50;

export interface BatchMetricsSpec {
  namespace: string;
  metricNames: readonly string[];
  interval: string;
  aggregations: readonly string[];
}

/**
 * Azure Monitor metrics of many resources in the fewest calls: grouped by region (the batch
 * endpoint is regional) and by 50, over the scan's window. One denied or throttled call makes the
 * whole read a recorded state, so no resource is judged on half the data.
 */
export async function readBatchMetrics(
  ctx: AzureUnitContext,
  resources: readonly { id: string; location: string }[],
  spec: BatchMetricsSpec,
  windowDays: number,
): Promise<Read<JsonObject[]>> {
  const byRegion = new Map<string, string[]>();
  for (const r of resources) byRegion.set(r.location, [...(byRegion.get(r.location) ?? []), r.id]);
  const end = ctx.clock.now();
  const start = new Date(end.getTime() - windowDays * 86_400_000);
  return guardedRead(ctx, 'Microsoft.Insights/Metrics/Read', async () => {
    const answers: JsonObject[] = [];
    for (const [region, ids] of byRegion) {
      for (let i = 0; i < ids.length; i += METRICS_BATCH_SIZE) {
        answers.push(
          await ctx.clients.metricsBatch(
            { region, ...spec, resourceIds: ids.slice(i, i + METRICS_BATCH_SIZE), start, end },
            ctx.signal,
          ),
        );
      }
    }
    return answers;
  });
}

/** One resource's series of a batch answer: metric name → its data points. */
export function* seriesByResource(
  answers: readonly JsonObject[],
): Generator<[string, Map<string, JsonObject[]>]> {
  for (const answer of answers) {
    for (const resource of arr(answer.values)) {
      const id = (str(resource.resourceid) ?? '').toLowerCase();
      const series = new Map<string, JsonObject[]>();
      for (const metric of arr(resource.value)) {
        const name = str(obj(metric.name).value);
        if (name)
          series.set(
            name,
            arr(metric.timeseries).flatMap((t) => arr(t.data)),
          );
      }
      yield [id, series];
    }
  }
}

/** The numeric values of one aggregation of a series' points (missing points skipped). */
export function values(points: readonly JsonObject[] | undefined, aggregation: string): number[] {
  return (points ?? []).map((d) => num(d[aggregation])).filter((v): v is number => v !== undefined);
}

export function percentile(list: readonly number[], p: number): number {
  if (list.length === 0) return 0;
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const mean = (list: readonly number[]) =>
  list.length === 0 ? 0 : list.reduce((a, b) => a + b, 0) / list.length;

export const round2 = (n: number) => Math.round(n * 100) / 100;
