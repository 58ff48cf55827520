import { describe, expect, it } from 'vitest';
import type { ListedMetric } from '../../cloudwatch.js';
import { INSTANCE_CLOUDWATCH_METRICS } from './metrics.js';
import { assemblePerformance, indexAgentMetrics, planInstanceQueries } from './performance.js';

const WEB = 'i-0a1b2c3d4e5f60001';
const LEGACY = 'i-0a1b2c3d4e5f60002';

const listed: ListedMetric[] = [
  {
    namespace: 'CWAgent',
    metricName: 'mem_used_percent',
    dimensions: [
      { name: 'InstanceId', value: WEB },
      { name: 'InstanceType', value: 't3.medium' },
    ],
  },
  {
    namespace: 'CWAgent',
    metricName: 'mem_used_percent',
    dimensions: [{ name: 'InstanceId', value: WEB }],
  },
  {
    namespace: 'CWAgent',
    metricName: 'disk_used_percent',
    dimensions: [
      { name: 'InstanceId', value: WEB },
      { name: 'path', value: '/' },
      { name: 'device', value: 'nvme0n1p1' },
      { name: 'fstype', value: 'xfs' },
    ],
  },
  // Published without an InstanceId: cannot be tied to an instance.
  {
    namespace: 'CWAgent',
    metricName: 'mem_used_percent',
    dimensions: [{ name: 'host', value: 'ip-10-0-2-40' }],
  },
];

describe('indexAgentMetrics', () => {
  it('keeps the smallest dimension set per instance and each disk path', () => {
    const agent = indexAgentMetrics(listed);
    expect(agent.memory.get(WEB)).toEqual([{ name: 'InstanceId', value: WEB }]);
    expect([...(agent.disk.get(WEB)?.keys() ?? [])]).toEqual(['/']);
    expect(agent.memory.has(LEGACY)).toBe(false);
    expect(agent.memory.size).toBe(1);
  });
});

describe('planInstanceQueries + assemblePerformance', () => {
  const plan = planInstanceQueries([WEB, LEGACY], indexAgentMetrics(listed));

  it('asks the EC2 statistics for every instance and the agent ones only where published', () => {
    const perInstance = INSTANCE_CLOUDWATCH_METRICS.length;
    // WEB: EC2 set + memory average/maximum + one disk path; LEGACY: EC2 set only.
    expect(plan.queries).toHaveLength(perInstance + 3 + perInstance);
    expect(new Set(plan.queries.map((q) => q.key)).size).toBe(plan.queries.length);
    const agentQueries = plan.queries.filter((q) => q.namespace === 'CWAgent');
    expect(agentQueries.map((q) => [q.metricName, q.stat])).toEqual([
      ['mem_used_percent', 'Average'],
      ['mem_used_percent', 'Maximum'],
      ['disk_used_percent', 'Maximum'],
    ]);
    expect(agentQueries.every((q) => q.dimensions.some((d) => d.value === WEB))).toBe(true);
  });

  it('folds datapoints back per instance and leaves statistics without data absent', () => {
    const results = new Map<string, number[]>();
    for (const q of plan.queries) {
      const instance = q.dimensions.find((d) => d.name === 'InstanceId')?.value;
      if (instance === LEGACY) continue;
      if (q.metricName === 'CPUUtilization') results.set(q.key, [q.stat === 'Average' ? 20 : 95]);
      if (q.metricName === 'mem_used_percent') results.set(q.key, [q.stat === 'Average' ? 60 : 80]);
      if (q.metricName === 'disk_used_percent') results.set(q.key, [41.5]);
    }

    const performance = assemblePerformance(plan, results);

    expect(performance[WEB]).toEqual({
      values: {
        'aws.performance.ec2.cpu_utilization.average': 20,
        'aws.performance.ec2.cpu_utilization.maximum': 95,
        'aws.performance.ec2.cpu_utilization.p95': 95,
        'aws.performance.ec2.memory_used_percent.average': 60,
        'aws.performance.ec2.memory_used_percent.maximum': 80,
      },
      diskUsedPercentMaximumByPath: { '/': 41.5 },
      agentPublishes: { memory: true, disk: true },
    });
    expect(performance[LEGACY]).toEqual({
      values: {},
      diskUsedPercentMaximumByPath: {},
      agentPublishes: { memory: false, disk: false },
    });
  });
});
