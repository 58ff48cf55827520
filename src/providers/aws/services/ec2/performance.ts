import {
  combineDatapoints,
  type ListedMetric,
  type MetricDimension,
  type MetricQuery,
  type MetricStatistic,
} from '../../cloudwatch.js';
import { EC2_METRIC, INSTANCE_CLOUDWATCH_METRICS, VOLUME_CLOUDWATCH_METRICS } from './metrics.js';
import type { Ec2Volume, InstancePerformance } from './model.js';

/** Pure planning and assembly of the region's CloudWatch queries; the collector only sends them. */

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

type QueryTarget =
  | { instanceId: string; kind: 'value'; metricType: string; stat: MetricStatistic }
  | { instanceId: string; kind: 'disk'; path: string };

export interface PerformancePlan {
  queries: MetricQuery[];
  targets: Map<string, QueryTarget>;
  instanceIds: readonly string[];
  agent: AgentMetrics;
}

/** Every query for every instance of the region, to be sent in as few GetMetricData calls as possible. */
export function planInstanceQueries(
  instanceIds: readonly string[],
  agent: AgentMetrics,
): PerformancePlan {
  const queries: MetricQuery[] = [];
  const targets = new Map<string, QueryTarget>();
  const add = (
    target: QueryTarget,
    namespace: string,
    metricName: string,
    dims: readonly MetricDimension[],
    stat: MetricStatistic,
  ): void => {
    const key = `${queries.length}`;
    queries.push({ key, namespace, metricName, dimensions: dims, stat });
    targets.set(key, target);
  };
  for (const instanceId of instanceIds) {
    const byInstance = [{ name: 'InstanceId', value: instanceId }];
    for (const m of INSTANCE_CLOUDWATCH_METRICS) {
      add(
        { instanceId, kind: 'value', metricType: m.name, stat: m.stat },
        EC2_NAMESPACE,
        m.metricName,
        byInstance,
        m.stat,
      );
    }
    const memory = agent.memory.get(instanceId);
    if (memory !== undefined) {
      for (const [metricType, stat] of [
        [EC2_METRIC.memoryUsedPercentAverage, 'Average'],
        [EC2_METRIC.memoryUsedPercentMaximum, 'Maximum'],
      ] as const) {
        add(
          { instanceId, kind: 'value', metricType, stat },
          AGENT_NAMESPACE,
          AGENT_MEMORY_METRIC,
          memory,
          stat,
        );
      }
    }
    for (const [path, dims] of agent.disk.get(instanceId) ?? []) {
      add({ instanceId, kind: 'disk', path }, AGENT_NAMESPACE, AGENT_DISK_METRIC, dims, 'Maximum');
    }
  }
  return { queries, targets, instanceIds, agent };
}

/** Folds the datapoints back onto instances; statistics without datapoints stay absent. */
export function assemblePerformance(
  plan: PerformancePlan,
  results: ReadonlyMap<string, readonly number[]>,
): Record<string, InstancePerformance> {
  const out: Record<string, InstancePerformance> = {};
  for (const instanceId of plan.instanceIds) {
    out[instanceId] = {
      values: {},
      diskUsedPercentMaximumByPath: {},
      agentPublishes: {
        memory: plan.agent.memory.has(instanceId),
        disk: (plan.agent.disk.get(instanceId)?.size ?? 0) > 0,
      },
    };
  }
  for (const [key, target] of plan.targets) {
    const performance = out[target.instanceId];
    if (performance === undefined) continue;
    const stat = target.kind === 'value' ? target.stat : 'Maximum';
    const value = combineDatapoints(stat, results.get(key) ?? []);
    if (value === undefined) continue;
    if (target.kind === 'value') performance.values[target.metricType] = value;
    else performance.diskUsedPercentMaximumByPath[target.path] = value;
  }
  return out;
}

export interface VolumePlan {
  queries: MetricQuery[];
  targets: Map<string, { volumeId: string; metricType: string; stat: MetricStatistic }>;
}

/**
 * The AWS/EBS statistics of every attached volume (an unattached volume publishes none), under keys
 * of their own so that they share the instances' GetMetricData requests.
 */
export function planVolumeQueries(volumes: readonly Ec2Volume[]): VolumePlan {
  const queries: MetricQuery[] = [];
  const targets: VolumePlan['targets'] = new Map();
  for (const volume of volumes) {
    if (volume.state !== 'in-use') continue;
    const byVolume = [{ name: 'VolumeId', value: volume.id }];
    for (const m of VOLUME_CLOUDWATCH_METRICS) {
      if (m.volumeTypes && !m.volumeTypes.includes(volume.type)) continue;
      const key = `v${queries.length}`;
      queries.push({
        key,
        namespace: EBS_NAMESPACE,
        metricName: m.metricName,
        dimensions: byVolume,
        stat: m.stat,
      });
      targets.set(key, { volumeId: volume.id, metricType: m.name, stat: m.stat });
    }
  }
  return { queries, targets };
}

/** Volume id → metric type → value; statistics without datapoints stay absent. */
export function assembleVolumePerformance(
  plan: VolumePlan,
  results: ReadonlyMap<string, readonly number[]>,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [key, target] of plan.targets) {
    const values = (out[target.volumeId] ??= {});
    const value = combineDatapoints(target.stat, results.get(key) ?? []);
    if (value !== undefined) values[target.metricType] = value;
  }
  return out;
}
