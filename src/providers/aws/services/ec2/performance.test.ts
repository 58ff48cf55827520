import { describe, expect, it } from 'vitest';
import type { StatisticsRow } from '../../cloudwatch-stats.js';
import { foldStatistic, type ListedMetric } from '../../cloudwatch.js';
import { INSTANCE_CLOUDWATCH_METRICS, VOLUME_CLOUDWATCH_METRICS } from './metrics.js';
import type { Ec2Volume } from './model.js';
import { indexAgentMetrics, planEc2Metrics } from './performance.js';

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

describe('planEc2Metrics', () => {
  const volumes: Ec2Volume[] = [
    {
      id: 'vol-0a1b2c3d4e5f00001',
      sizeGib: 8,
      type: 'gp3',
      encrypted: true,
      state: 'in-use',
      availabilityZone: 'eu-west-1a',
      attachedInstanceIds: [WEB],
      tags: {},
    },
    {
      id: 'vol-0a1b2c3d4e5f00002',
      sizeGib: 8,
      type: 'gp3',
      encrypted: true,
      state: 'available',
      availabilityZone: 'eu-west-1a',
      attachedInstanceIds: [],
      tags: {},
    },
  ];
  const plan = () => planEc2Metrics([WEB, LEGACY], indexAgentMetrics(listed), volumes);

  it('asks the EC2 statistics for every instance, the agent ones only where published, and attached volumes', () => {
    const perInstance = INSTANCE_CLOUDWATCH_METRICS.length;
    const perVolume = VOLUME_CLOUDWATCH_METRICS.filter(
      (m) => !m.volumeTypes || m.volumeTypes.includes('gp3'),
    ).length;
    const planned = plan();
    const queries = [...planned.queries()];
    // WEB: EC2 set + memory average/maximum + one disk path; LEGACY: EC2 set only; one attached volume.
    expect(queries).toHaveLength(perInstance + 3 + perInstance + perVolume);
    expect(planned.size).toBe(queries.length);
    const agentQueries = queries.filter((q) => q.namespace === 'CWAgent');
    expect(agentQueries.map((q) => [q.metricName, q.stat])).toEqual([
      ['mem_used_percent', 'Average'],
      ['mem_used_percent', 'Maximum'],
      ['disk_used_percent', 'Maximum'],
    ]);
    expect(agentQueries.every((q) => q.dimensions.some((d) => d.value === WEB))).toBe(true);
    const ebs = queries.filter((q) => q.namespace === 'AWS/EBS');
    expect(ebs).toHaveLength(perVolume);
    expect(ebs.every((q) => q.dimensions[0]?.value === 'vol-0a1b2c3d4e5f00001')).toBe(true);
  });

  it('folds each answer into its resource and leaves statistics without data absent', () => {
    const planned = plan();
    for (const q of planned.queries()) {
      const instance = q.dimensions.find((d) => d.name === 'InstanceId')?.value;
      const values =
        instance === LEGACY
          ? []
          : q.metricName === 'CPUUtilization'
            ? [q.stat === 'Average' ? 20 : 95]
            : q.metricName === 'mem_used_percent'
              ? [q.stat === 'Average' ? 60 : 80]
              : q.metricName === 'disk_used_percent'
                ? [41.5]
                : q.metricName === 'VolumeReadOps'
                  ? [100, 20]
                  : [];
      foldStatistic(q, { values, status: 'Complete' });
    }

    const records = (stats: Record<string, StatisticsRow>) =>
      Object.fromEntries(Object.entries(stats).map(([id, row]) => [id, row.toRecord()]));
    const web = planned.instances[WEB]!;
    expect({ ...web, values: (web.values as StatisticsRow).toRecord() }).toEqual({
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
    const legacy = planned.instances[LEGACY]!;
    expect({ ...legacy, values: (legacy.values as StatisticsRow).toRecord() }).toEqual({
      values: {},
      diskUsedPercentMaximumByPath: {},
      agentPublishes: { memory: false, disk: false },
    });
    // The unattached volume publishes nothing and is not queried.
    expect(records(planned.volumes)).toEqual({
      'vol-0a1b2c3d4e5f00001': { 'aws.performance.ec2.volume_read_ops.sum': 120 },
    });
  });

  it('makes no statistic of a query CloudWatch failed', () => {
    const planned = plan();
    for (const q of planned.queries())
      foldStatistic(q, { values: [50], status: 'InternalError', failed: 'InternalServiceFault' });
    expect((planned.instances[WEB]?.values as StatisticsRow).toRecord()).toEqual({});
    expect(planned.volumes['vol-0a1b2c3d4e5f00001']?.toRecord()).toEqual({});
  });
});
