import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, MetricCatalogue, type EventDraft } from '../../../../core/index.js';
import { SCAN_COST_METRICS } from '../../scan-cost.js';
import { mapRead } from '../../read.js';
import {
  extractArchitecture,
  extractEc2,
  extractMetadata,
  extractPerformance,
  extractSignals,
  extractSnapshots,
  extractVolumePerformance,
  isPreviousGeneration,
} from './extract.js';
import { signalSnapshot } from './fixtures/signals.js';
import { snapshot } from './fixtures/snapshot.js';
import { EC2_METRICS } from './metrics.js';
import type { Ec2Snapshot } from './model.js';

const scope = { accountId: '123456789012', region: 'eu-west-1' };
const ARN = 'arn:aws:ec2:eu-west-1:123456789012';
const WEB = `${ARN}:instance/i-0a1b2c3d4e5f60001`;
const LEGACY = `${ARN}:instance/i-0a1b2c3d4e5f60002`;
const STOPPED = `${ARN}:instance/i-0a1b2c3d4e5f60003`;
const TERMINATED = `${ARN}:instance/i-0a1b2c3d4e5f60004`;
const REGION = `${ARN}:region/eu-west-1`;

function value(events: EventDraft[], resourceId: string, metricType: string) {
  return events.find((e) => e.resource_id === resourceId && e.metric_type === metricType)
    ?.metric_value;
}

function typesOf(events: EventDraft[], resourceId: string): string[] {
  return events.filter((e) => e.resource_id === resourceId).map((e) => e.metric_type);
}

describe('extractMetadata', () => {
  const events = [...extractMetadata(snapshot, scope)];

  it('describes each instance under its ARN', () => {
    expect(value(events, WEB, 'aws.metadata.ec2.instance_type')).toBe('t3.medium');
    expect(value(events, WEB, 'aws.metadata.ec2.instance_state')).toBe('running');
    expect(value(events, WEB, 'aws.metadata.ec2.instance_imdsv2_required')).toBe(true);
    expect(value(events, LEGACY, 'aws.metadata.ec2.instance_imdsv2_required')).toBe(false);
    expect(value(events, WEB, 'aws.metadata.ec2.instance_security_groups')).toEqual([
      { id: 'sg-0123456789abcdef0', name: 'web' },
      { id: 'sg-0fedcba9876543210', name: 'ssh-admin' },
    ]);
    expect(value(events, WEB, 'aws.metadata.ec2.instance_iam_instance_profile_arn')).toBe(
      'arn:aws:iam::123456789012:instance-profile/web-server',
    );
    expect(value(events, WEB, 'aws.metadata.ec2.instance_launch_time')).toBe(
      '2026-09-01T08:15:00.000Z',
    );
    expect(value(events, WEB, 'aws.metadata.ec2.instance_tags')).toEqual({
      Name: 'web-1',
      env: 'prod',
    });
    expect(value(events, STOPPED, 'aws.metadata.ec2.instance_tags')).toEqual({});
  });

  it('does not emit facts AWS did not report', () => {
    const legacy = typesOf(events, LEGACY);
    expect(legacy).not.toContain('aws.metadata.ec2.instance_public_ip_address');
    expect(legacy).not.toContain('aws.metadata.ec2.instance_iam_instance_profile_arn');
    expect(legacy).toContain('aws.metadata.ec2.instance_private_ip_address');
  });

  it('joins each instance storage with the volumes DescribeVolumes returned', () => {
    expect(value(events, WEB, 'aws.metadata.ec2.instance_storage')).toEqual([
      {
        volume_id: 'vol-0a1b2c3d4e5f00001',
        device: '/dev/xvda',
        size_gib: 8,
        type: 'gp3',
        iops: 3000,
        throughput_mibps: 125,
        encrypted: true,
        delete_on_termination: true,
      },
      {
        volume_id: 'vol-0a1b2c3d4e5f00002',
        device: '/dev/sdf',
        size_gib: 100,
        type: 'gp3',
        iops: 3000,
        throughput_mibps: 250,
        encrypted: true,
        delete_on_termination: false,
      },
    ]);
  });

  it('reports a volume the list did not return with nulls, not guesses', () => {
    const partial: Ec2Snapshot = { ...snapshot, volumes: [] };
    const storage = value(
      [...extractMetadata(partial, scope)],
      LEGACY,
      'aws.metadata.ec2.instance_storage',
    );
    expect(storage).toEqual([
      {
        volume_id: 'vol-0a1b2c3d4e5f00003',
        device: '/dev/sda1',
        size_gib: null,
        type: null,
        iops: null,
        throughput_mibps: null,
        encrypted: null,
        delete_on_termination: true,
      },
    ]);
  });

  it('reports every EBS volume, attached or not', () => {
    const orphan = `${ARN}:volume/vol-0a1b2c3d4e5f00006`;
    expect(value(events, orphan, 'aws.metadata.ec2.volume_size_gib')).toBe(500);
    expect(value(events, orphan, 'aws.metadata.ec2.volume_state')).toBe('available');
    expect(value(events, orphan, 'aws.metadata.ec2.volume_attached_instances')).toEqual([]);
    expect(value(events, orphan, 'aws.metadata.ec2.volume_encrypted')).toBe(false);
    expect(typesOf(events, orphan)).not.toContain('aws.metadata.ec2.volume_kms_key_id');
    const root = `${ARN}:volume/vol-0a1b2c3d4e5f00001`;
    expect(value(events, root, 'aws.metadata.ec2.volume_attached_instances')).toEqual([
      'i-0a1b2c3d4e5f60001',
    ]);
    expect(value(events, root, 'aws.metadata.ec2.volume_kms_key_id')).toMatch(/^arn:aws:kms:/);
  });

  it('reports Elastic IPs under their allocation id, associated or not', () => {
    const used = `${ARN}:elastic-ip/eipalloc-0a1b2c3d4e5f00001`;
    const idle = `${ARN}:elastic-ip/eipalloc-0a1b2c3d4e5f00002`;
    expect(value(events, used, 'aws.metadata.ec2.elastic_ip_associated')).toBe(true);
    expect(value(events, used, 'aws.metadata.ec2.elastic_ip_instance_id')).toBe(
      'i-0a1b2c3d4e5f60001',
    );
    expect(value(events, idle, 'aws.metadata.ec2.elastic_ip_associated')).toBe(false);
    expect(value(events, idle, 'aws.metadata.ec2.elastic_ip_public_ip')).toBe('52.18.200.7');
    expect(typesOf(events, idle)).not.toContain('aws.metadata.ec2.elastic_ip_instance_id');
  });
});

describe('extractPerformance', () => {
  const events = [...extractPerformance(snapshot, scope)];

  it('reports the window statistics, memory and disk of an instance running the agent', () => {
    expect(events.filter((e) => e.resource_id === WEB)).toEqual([
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.cpu_utilization.average',
        metric_value: 27.85,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.cpu_utilization.maximum',
        metric_value: 91.2,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.network_in_bytes.sum',
        metric_value: 48_318_382_080,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.network_out_bytes.sum',
        metric_value: 12_884_901_888,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.ebs_read_ops.sum',
        metric_value: 1_204_331,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.ebs_write_ops.sum',
        metric_value: 3_918_220,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.status_check_failed.maximum',
        metric_value: 0,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.memory_used_percent.average',
        metric_value: 61.4,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.memory_used_percent.maximum',
        metric_value: 88.9,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.disk_used_percent.maximum',
        metric_value: 77.1,
      },
      {
        resource_id: WEB,
        metric_type: 'aws.performance.ec2.disk_used_percent.maximum_by_path',
        metric_value: { '/': 42.5, '/data': 77.1 },
      },
    ]);
  });

  it('says why memory and disk are missing when the agent does not publish them', () => {
    expect(value(events, LEGACY, 'aws.performance.ec2.agent_metrics_unavailable')).toMatchObject({
      metrics: ['mem_used_percent', 'disk_used_percent'],
      reason: 'agent_not_publishing',
    });
    expect(typesOf(events, LEGACY)).not.toContain(
      'aws.performance.ec2.memory_used_percent.average',
    );
  });

  it('emits no value for an instance without datapoints, and nothing for a terminated one', () => {
    expect(typesOf(events, STOPPED)).toEqual(['aws.performance.ec2.agent_metrics_unavailable']);
    expect(typesOf(events, TERMINATED)).toEqual([]);
  });

  it('names the ListMetrics error when the agent metrics could not be looked up', () => {
    const denied: Ec2Snapshot = {
      ...snapshot,
      performance: mapRead(snapshot.performance, (p) => ({
        ...p,
        agent: { state: 'denied', action: 'cloudwatch:ListMetrics', errorCode: 'AccessDenied' },
      })),
    };
    const agentEvent = value(
      [...extractPerformance(denied, scope)],
      LEGACY,
      'aws.performance.ec2.agent_metrics_unavailable',
    );
    expect(agentEvent).toMatchObject({ reason: 'list_metrics_failed', error_code: 'AccessDenied' });
  });

  it('replaces the metrics of each live instance with one explicit event when CloudWatch failed', () => {
    const failed: Ec2Snapshot = {
      ...snapshot,
      performance: {
        state: 'denied',
        action: 'cloudwatch:GetMetricData',
        errorCode: 'AccessDenied',
      },
    };
    const out = [...extractPerformance(failed, scope)];
    expect(out.map((e) => [e.resource_id, e.metric_type])).toEqual([
      [WEB, 'aws.performance.ec2.performance_data_unavailable'],
      [LEGACY, 'aws.performance.ec2.performance_data_unavailable'],
      [STOPPED, 'aws.performance.ec2.performance_data_unavailable'],
    ]);
    expect(out[0]?.metric_value).toMatchObject({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
  });
});

describe('extractArchitecture', () => {
  const events = [...extractArchitecture(snapshot, scope)];

  it('flags previous-generation instance types', () => {
    expect(value(events, LEGACY, 'aws.architecture.ec2.previous_generation_instance')).toBe(true);
    expect(value(events, WEB, 'aws.architecture.ec2.previous_generation_instance')).toBe(false);
    expect(typesOf(events, TERMINATED)).toEqual([]);
    expect(isPreviousGeneration('c3.xlarge')).toBe(true);
    expect(isPreviousGeneration('c5.xlarge')).toBe(false);
    expect(isPreviousGeneration('m3')).toBe(true);
  });

  it('counts the volumes still billed on a stopped instance', () => {
    expect(value(events, STOPPED, 'aws.architecture.ec2.stopped_instance_volume_count')).toBe(2);
    expect(value(events, STOPPED, 'aws.architecture.ec2.stopped_instance_volume_size_gib')).toBe(
      250,
    );
    expect(typesOf(events, WEB)).not.toContain(
      'aws.architecture.ec2.stopped_instance_volume_count',
    );
  });

  it('flags a region whose running instances all sit in one AZ', () => {
    expect(value(events, REGION, 'aws.architecture.ec2.running_instances_by_az')).toEqual({
      'eu-west-1a': 2,
    });
    expect(value(events, REGION, 'aws.architecture.ec2.running_instances_single_az')).toBe(true);
  });

  it('does not flag a region spread over two AZs, nor a single running instance', () => {
    const spread: Ec2Snapshot = {
      ...snapshot,
      instances: snapshot.instances.map((i) =>
        i.id.endsWith('2') ? { ...i, availabilityZone: 'eu-west-1b' } : i,
      ),
    };
    const spreadEvents = [...extractArchitecture(spread, scope)];
    expect(value(spreadEvents, REGION, 'aws.architecture.ec2.running_instances_by_az')).toEqual({
      'eu-west-1a': 1,
      'eu-west-1b': 1,
    });
    expect(value(spreadEvents, REGION, 'aws.architecture.ec2.running_instances_single_az')).toBe(
      false,
    );

    const single: Ec2Snapshot = { ...snapshot, instances: snapshot.instances.slice(0, 1) };
    expect(
      value(
        [...extractArchitecture(single, scope)],
        REGION,
        'aws.architecture.ec2.running_instances_single_az',
      ),
    ).toBe(false);
  });

  it('says nothing about the region when no instance runs', () => {
    const none: Ec2Snapshot = { ...snapshot, instances: snapshot.instances.slice(2) };
    expect(typesOf([...extractArchitecture(none, scope)], REGION)).toEqual([]);
  });
});

describe('the catalogue', () => {
  const catalogue = new MetricCatalogue([...EC2_METRICS, ...SCAN_COST_METRICS]);

  it('declares every metric type the extractors emit, with the type of its value', () => {
    const failed: Ec2Snapshot = {
      ...snapshot,
      performance: {
        state: 'denied',
        action: 'cloudwatch:GetMetricData',
        errorCode: 'AccessDenied',
      },
    };
    const now = new Date('2026-11-20T10:00:00Z');
    const derived = { ...scope, now, thresholds: DEFAULT_THRESHOLDS };
    const all = [
      ...extractEc2(snapshot, scope),
      ...extractPerformance(failed, scope),
      ...extractPerformance(signalSnapshot, scope),
      ...extractVolumePerformance(signalSnapshot, scope),
      ...extractSnapshots(signalSnapshot, scope),
      ...extractSnapshots(
        {
          ...signalSnapshot,
          snapshots: {
            state: 'denied',
            action: 'ec2:DescribeSnapshots',
            errorCode: 'UnauthorizedOperation',
          },
        },
        scope,
      ),
      ...extractSignals(signalSnapshot, derived),
      ...extractSignals(
        {
          ...signalSnapshot,
          pricing: {
            state: 'denied',
            action: 'pricing:GetProducts',
            errorCode: 'AccessDeniedException',
          },
        },
        derived,
      ),
    ];
    const problems = all
      .map((e) => catalogue.problemWith(e.metric_type, e.metric_value))
      .filter((p) => p !== null);
    expect(problems).toEqual([]);
    // Every declared type is reachable from these fixtures except instance-store disk ops and the
    // scan's own cost (emitted by the scanner wrapper, not by extractors).
    const emitted = new Set(all.map((e) => e.metric_type));
    const unused = catalogue
      .entries()
      .filter((e) => !emitted.has(e.name))
      .map((e) => e.name);
    expect(unused).toEqual([
      'aws.cost.account.scan_api_cost_usd',
      'aws.cost.account.scan_paid_api_calls',
      'aws.performance.ec2.disk_read_ops.sum',
      'aws.performance.ec2.disk_write_ops.sum',
    ]);
  });

  it('gives every event an ARN of this account and region', () => {
    for (const event of extractEc2(snapshot, scope)) {
      expect(event.resource_id.startsWith(`${ARN}:`)).toBe(true);
    }
  });
});
