import { combineDatapoints, type MetricQuery, type MetricStatistic } from '../../cloudwatch.js';
import { DB_CLOUDWATCH_METRICS } from './metrics.js';
import type { RdsInstance } from './model.js';

/** Pure planning and assembly of the region's AWS/RDS queries; the collector only sends them. */

export const RDS_NAMESPACE = 'AWS/RDS';

export interface DbPlan {
  queries: MetricQuery[];
  targets: Map<string, { instanceId: string; metricType: string; stat: MetricStatistic }>;
}

const isAurora = (engine: string): boolean => engine.startsWith('aurora');

/** Every statistic of every DB instance, to be sent in as few GetMetricData calls as possible. */
export function planDbQueries(instances: readonly RdsInstance[]): DbPlan {
  const queries: MetricQuery[] = [];
  const targets: DbPlan['targets'] = new Map();
  for (const instance of instances) {
    const dims = [{ name: 'DBInstanceIdentifier', value: instance.id }];
    for (const m of DB_CLOUDWATCH_METRICS) {
      if (m.notAurora && isAurora(instance.engine)) continue;
      if (m.storageTypes && !m.storageTypes.includes(instance.storageType ?? '')) continue;
      const key = `d${queries.length}`;
      queries.push({
        key,
        namespace: RDS_NAMESPACE,
        metricName: m.metricName,
        dimensions: dims,
        stat: m.stat,
      });
      targets.set(key, { instanceId: instance.id, metricType: m.name, stat: m.stat });
    }
  }
  return { queries, targets };
}

export function assembleDbPerformance(
  plan: DbPlan,
  results: ReadonlyMap<string, readonly number[]>,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [key, target] of plan.targets) {
    const values = (out[target.instanceId] ??= {});
    const value = combineDatapoints(target.stat, results.get(key) ?? []);
    if (value !== undefined) values[target.metricType] = value;
  }
  return out;
}
