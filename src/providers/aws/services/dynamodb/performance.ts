import { combineDatapoints, type MetricData, type MetricQuery } from '../../cloudwatch.js';
import type { DynamoTable, TableUsage } from './model.js';

/** Pure planning and assembly of the region's AWS/DynamoDB queries; the collector only sends them. */

export const DYNAMODB_NAMESPACE = 'AWS/DynamoDB';

const STATISTICS: readonly { field: keyof TableUsage; metricName: string; indexes: boolean }[] = [
  { field: 'consumedReadUnits', metricName: 'ConsumedReadCapacityUnits', indexes: true },
  { field: 'consumedWriteUnits', metricName: 'ConsumedWriteCapacityUnits', indexes: true },
  { field: 'throttledRequests', metricName: 'ReadThrottleEvents', indexes: true },
  { field: 'throttledRequests', metricName: 'WriteThrottleEvents', indexes: true },
];

export interface DynamoPlan {
  queries: MetricQuery[];
  targets: Map<string, { table: string; field: keyof TableUsage }>;
}

/**
 * Four sums per table and per global secondary index (an index's capacity is billed and consumed
 * apart from its table's), all sent with the unit's other queries in one batched fetch.
 */
export function planTableQueries(
  tables: readonly Pick<DynamoTable, 'name' | 'globalIndexes'>[],
): DynamoPlan {
  const queries: MetricQuery[] = [];
  const targets: DynamoPlan['targets'] = new Map();
  for (const table of tables) {
    const scopes = [
      [{ name: 'TableName', value: table.name }],
      ...table.globalIndexes.map((index) => [
        { name: 'TableName', value: table.name },
        { name: 'GlobalSecondaryIndexName', value: index.name },
      ]),
    ];
    scopes.forEach((dimensions, scope) => {
      for (const s of STATISTICS) {
        if (scope > 0 && !s.indexes) continue;
        const key = `d${queries.length}`;
        queries.push({
          key,
          namespace: DYNAMODB_NAMESPACE,
          metricName: s.metricName,
          dimensions,
          stat: 'Sum',
        });
        targets.set(key, { table: table.name, field: s.field });
      }
    });
  }
  return { queries, targets };
}

/**
 * Sums by table. DynamoDB publishes no datapoint for a period without requests: an answered query
 * without one is 0. A query CloudWatch did not answer leaves its field unknown for the whole table.
 */
export function assembleTableUsage(plan: DynamoPlan, data: MetricData): Record<string, TableUsage> {
  const out: Record<string, TableUsage> = {};
  const unknown = new Set<string>();
  for (const [key, target] of plan.targets) {
    const usage = (out[target.table] ??= {});
    const code = data.incomplete.get(key);
    const field = `${target.table}\u0000${target.field}`;
    if (data.failed.has(key) || code === 'InternalError' || code === 'Forbidden') {
      unknown.add(field);
      delete usage[target.field];
      continue;
    }
    if (unknown.has(field)) continue;
    usage[target.field] =
      (usage[target.field] ?? 0) + (combineDatapoints('Sum', data.values.get(key) ?? []) ?? 0);
  }
  return out;
}
