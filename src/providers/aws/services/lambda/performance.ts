import {
  combineDatapoints,
  type MetricData,
  type MetricQuery,
  type MetricStatistic,
} from '../../cloudwatch.js';
import type { FunctionStats } from './model.js';

/** Pure planning and assembly of the region's AWS/Lambda queries; the collector only sends them. */

export const LAMBDA_NAMESPACE = 'AWS/Lambda';

/**
 * Lambda publishes a datapoint only for a period in which something happened: for these sums no
 * datapoint means zero, not unknown (a failed query is told apart through MetricData.failed).
 */
const SUMS_DEFAULT_TO_ZERO = new Set<keyof FunctionStats>(['invocations', 'errors', 'throttles']);

const FUNCTION_STATISTICS: readonly {
  field: keyof FunctionStats;
  metricName: string;
  stat: MetricStatistic;
}[] = [
  { field: 'invocations', metricName: 'Invocations', stat: 'Sum' },
  { field: 'errors', metricName: 'Errors', stat: 'Sum' },
  { field: 'throttles', metricName: 'Throttles', stat: 'Sum' },
  { field: 'durationAverageMs', metricName: 'Duration', stat: 'Average' },
  { field: 'durationMaximumMs', metricName: 'Duration', stat: 'Maximum' },
  { field: 'concurrentExecutionsMaximum', metricName: 'ConcurrentExecutions', stat: 'Maximum' },
];

export interface LambdaPlan {
  queries: MetricQuery[];
  targets: Map<string, { functionName: string; field: keyof FunctionStats; stat: MetricStatistic }>;
}

/** Six statistics per function, to be sent with every other query of the unit in one fetch. */
export function planFunctionQueries(functionNames: readonly string[]): LambdaPlan {
  const queries: MetricQuery[] = [];
  const targets: LambdaPlan['targets'] = new Map();
  for (const functionName of functionNames) {
    for (const s of FUNCTION_STATISTICS) {
      const key = `l${queries.length}`;
      queries.push({
        key,
        namespace: LAMBDA_NAMESPACE,
        metricName: s.metricName,
        dimensions: [{ name: 'FunctionName', value: functionName }],
        stat: s.stat,
      });
      targets.set(key, { functionName, field: s.field, stat: s.stat });
    }
  }
  return { queries, targets };
}

/** A query CloudWatch could not answer has no value; an answered one without datapoints may be 0. */
function unanswered(data: MetricData, key: string): boolean {
  const code = data.incomplete.get(key);
  return data.failed.has(key) || code === 'InternalError' || code === 'Forbidden';
}

export function assembleFunctionStats(
  plan: LambdaPlan,
  data: MetricData,
): Record<string, FunctionStats> {
  const out: Record<string, FunctionStats> = {};
  for (const [key, target] of plan.targets) {
    const stats = (out[target.functionName] ??= {});
    if (unanswered(data, key)) continue;
    const value = combineDatapoints(target.stat, data.values.get(key) ?? []);
    if (value !== undefined) stats[target.field] = value;
    else if (SUMS_DEFAULT_TO_ZERO.has(target.field)) stats[target.field] = 0;
  }
  return out;
}
