import type { ListedMetric, MetricDimension, StatisticQuery } from '../../cloudwatch.js';
import { StatisticsTable, type StatisticsRow } from '../../cloudwatch-stats.js';
import {
  EC2_METRIC,
  INSTANCE_CLOUDWATCH_METRICS,
  VOLUME_CLOUDWATCH_METRICS,
  type VolumeCloudWatchMetric,
} from './metrics.js';
import type { Ec2Volume, InstancePerformance } from './model.js';

/** Pure planning of the region's CloudWatch queries and their folding; the collector only sends them. */

export const EC2_NAMESPACE = 'AWS/EC2';
export const EBS_NAMESPACE = 'AWS/EBS';
export const AGENT_NAMESPACE = 'CWAgent';
export const AGENT_MEMORY_METRIC = 'mem_used_percent';
export const AGENT_DISK_METRIC = 'disk_used_percent';

/** The agent metrics CloudWatch lists per instance, each with the exact dimension set to query. */
export interface AgentMetrics {
  memory: Map<string, MetricDimension[]>;
  /** instance id → mount path → dimensions. */
  disk: Map<string, Map<string, MetricDimension[]>>;
}

function dimension(metric: ListedMetric, name: string): string | undefined {
  return metric.dimensions.find((d) => d.name === name)?.value;
}

/**
 * An agent configured with append_dimensions publishes the same series under several dimension
 * sets (InstanceId alone, InstanceId + InstanceType…); the smallest one is queried.
 */
function keepSmallest<K>(map: Map<K, MetricDimension[]>, key: K, dims: MetricDimension[]): void {
  const current = map.get(key);
  if (current === undefined || dims.length < current.length) map.set(key, dims);
}

export function indexAgentMetrics(listed: readonly ListedMetric[]): AgentMetrics {
  const agent: AgentMetrics = { memory: new Map(), disk: new Map() };
  for (const metric of listed) {
    const instanceId = dimension(metric, 'InstanceId');
    if (metric.namespace !== AGENT_NAMESPACE || instanceId === undefined) continue;
    if (metric.metricName === AGENT_MEMORY_METRIC) {
      keepSmallest(agent.memory, instanceId, metric.dimensions);
    } else if (metric.metricName === AGENT_DISK_METRIC) {
      const path = dimension(metric, 'path') ?? dimension(metric, 'device') ?? '';
      let byPath = agent.disk.get(instanceId);
      if (byPath === undefined) {
        byPath = new Map();
        agent.disk.set(instanceId, byPath);
      }
      keepSmallest(byPath, path, metric.dimensions);
    }
  }
  return agent;
}

/** The memory statistics asked of an instance whose agent publishes mem_used_percent. */
const AGENT_MEMORY_STATISTICS = [
  [EC2_METRIC.memoryUsedPercentAverage, 'Average'],
  [EC2_METRIC.memoryUsedPercentMaximum, 'Maximum'],
] as const;

/**
 * The region's CloudWatch statistics, planned without being built: `queries()` makes each query
 * as GetMetricData takes it (instances', then volumes'), each carrying the record its statistic is
 * folded into (foldStatistic), so the region's queries and datapoints never exist all at once —
 * only the statistics do, in `instances` and `volumes`.
 */
export interface Ec2MetricsPlan {
  /** How many queries `queries()` makes, counted without making them. */
  readonly size: number;
  queries(): Generator<StatisticQuery>;
  /** Instance id → its statistics, filled as the answers arrive; absent statistics had no datapoint. */
  readonly instances: Record<string, InstancePerformance>;
  /** Volume id → metric type → value, filled as the answers arrive. */
  readonly volumes: Record<string, StatisticsRow>;
}

const NO_PATHS: Record<string, number> = Object.freeze({}) as Record<string, number>;
/** [memory][disk]: what the agent publishes, one frozen record per combination. */
const AGENT_PUBLISHES = [false, true].map((memory) =>
  [false, true].map((disk) => Object.freeze({ memory, disk })),
);

/** The AWS/EBS metrics of a volume: none unless attached (an unattached volume publishes none). */
function volumeMetrics(volume: Ec2Volume): readonly VolumeCloudWatchMetric[] {
  if (volume.state !== 'in-use') return [];
  return VOLUME_CLOUDWATCH_METRICS.filter(
    (m) => !m.volumeTypes || m.volumeTypes.includes(volume.type),
  );
}

/**
 * Every instance's AWS/EC2 statistics and, where its agent publishes them, its memory and disk
 * ones; every attached volume's AWS/EBS statistics — all sent together in the fewest GetMetricData
 * calls (instances' and volumes' queries share requests).
 */
export function planEc2Metrics(
  instanceIds: readonly string[],
  agent: AgentMetrics,
  volumes: readonly Ec2Volume[],
): Ec2MetricsPlan {
  const instances: Record<string, InstancePerformance> = {};
  const instanceTable = new StatisticsTable(
    [
      ...INSTANCE_CLOUDWATCH_METRICS.map((m) => m.name),
      ...AGENT_MEMORY_STATISTICS.map(([field]) => field),
    ],
    instanceIds.length,
  );
  let size = 0;
  for (const instanceId of instanceIds) {
    const disk = agent.disk.get(instanceId);
    const memory = agent.memory.has(instanceId);
    const publishesDisk = (disk?.size ?? 0) > 0;
    instances[instanceId] = {
      values: instanceTable.row(),
      // Only the agent's disk queries write here: the rest share one frozen empty record.
      diskUsedPercentMaximumByPath: publishesDisk ? {} : NO_PATHS,
      agentPublishes: AGENT_PUBLISHES[memory ? 1 : 0]![publishesDisk ? 1 : 0]!,
    };
    size +=
      INSTANCE_CLOUDWATCH_METRICS.length +
      (memory ? AGENT_MEMORY_STATISTICS.length : 0) +
      (disk?.size ?? 0);
  }
  const volumeStats: Record<string, StatisticsRow> = {};
  const attached = volumes.filter((volume) => volumeMetrics(volume).length > 0);
  const volumeTable = new StatisticsTable(
    VOLUME_CLOUDWATCH_METRICS.map((m) => m.name),
    attached.length,
  );
  for (const volume of attached) {
    volumeStats[volume.id] = volumeTable.row();
    size += volumeMetrics(volume).length;
  }

  function* queries(): Generator<StatisticQuery> {
    for (const instanceId of instanceIds) {
      const performance = instances[instanceId]!;
      const byInstance = [{ name: 'InstanceId', value: instanceId }];
      for (const m of INSTANCE_CLOUDWATCH_METRICS) {
        yield {
          namespace: EC2_NAMESPACE,
          metricName: m.metricName,
          dimensions: byInstance,
          stat: m.stat,
          into: performance.values,
          field: m.name,
        };
      }
      const memory = agent.memory.get(instanceId);
      if (memory !== undefined) {
        for (const [field, stat] of AGENT_MEMORY_STATISTICS) {
          yield {
            namespace: AGENT_NAMESPACE,
            metricName: AGENT_MEMORY_METRIC,
            dimensions: memory,
            stat,
            into: performance.values,
            field,
          };
        }
      }
      for (const [path, dimensions] of agent.disk.get(instanceId) ?? []) {
        yield {
          namespace: AGENT_NAMESPACE,
          metricName: AGENT_DISK_METRIC,
          dimensions,
          stat: 'Maximum',
          into: performance.diskUsedPercentMaximumByPath,
          field: path,
        };
      }
    }
    for (const volume of volumes) {
      const into = volumeStats[volume.id];
      if (into === undefined) continue;
      const byVolume = [{ name: 'VolumeId', value: volume.id }];
      for (const m of volumeMetrics(volume)) {
        yield {
          namespace: EBS_NAMESPACE,
          metricName: m.metricName,
          dimensions: byVolume,
          stat: m.stat,
          into,
          field: m.name,
        };
      }
    }
  }

  return { size, queries, instances, volumes: volumeStats };
}
