import type { EventDraft, JsonValue, MetricValue } from '../../../../core/index.js';
import { arn, regionScopeId } from '../../arn.js';
import { statistic } from '../../cloudwatch-stats.js';
import { EC2_METRIC, INSTANCE_CLOUDWATCH_METRICS, VOLUME_CLOUDWATCH_METRICS } from './metrics.js';
import { AGENT_DISK_METRIC, AGENT_MEMORY_METRIC } from './performance.js';
import {
  isLive,
  type Ec2Instance,
  type Ec2Snapshot,
  type Ec2Volume,
  ownSnapshots,
} from './model.js';
import {
  deriveEc2Signals,
  signalEvents,
  wasteEvents,
  type ResourceIds,
  type SignalScope,
} from './signals.js';

/** Where the extracted facts belong. */
export interface ExtractScope {
  accountId: string;
  region: string;
}

/** Instance families AWS documents as previous generation. */
export const PREVIOUS_GENERATION_FAMILIES: ReadonlySet<string> = new Set([
  't1',
  'm1',
  'm2',
  'm3',
  'c1',
  'c3',
  'cc2',
  'cg1',
  'cr1',
  'g2',
  'hi1',
  'hs1',
  'i2',
  'r3',
]);

export function isPreviousGeneration(instanceType: string): boolean {
  return PREVIOUS_GENERATION_FAMILIES.has(instanceType.split('.')[0] ?? '');
}

export const instanceArn = (scope: ExtractScope, id: string): string =>
  arn('ec2', scope.region, scope.accountId, `instance/${id}`);
export const volumeArn = (scope: ExtractScope, id: string): string =>
  arn('ec2', scope.region, scope.accountId, `volume/${id}`);
export const elasticIpArn = (scope: ExtractScope, allocationIdOrIp: string): string =>
  arn('ec2', scope.region, scope.accountId, `elastic-ip/${allocationIdOrIp}`);
/** EC2 snapshot ARNs carry no account id. */
export const snapshotArn = (scope: ExtractScope, id: string): string =>
  arn('ec2', scope.region, '', `snapshot/${id}`);

export function resourceIds(scope: ExtractScope): ResourceIds {
  return {
    instance: (id) => instanceArn(scope, id),
    volume: (id) => volumeArn(scope, id),
    elasticIp: (id) => elasticIpArn(scope, id),
    snapshot: (id) => snapshotArn(scope, id),
  };
}

/** Yields one event per value that is present; an absent fact (no public IP…) is not emitted. */
function* facts(
  resourceId: string,
  entries: readonly [metricType: string, value: MetricValue | undefined][],
): Generator<EventDraft> {
  for (const [metricType, value] of entries) {
    if (value !== undefined)
      yield { resource_id: resourceId, metric_type: metricType, metric_value: value };
  }
}

function storageOf(instance: Ec2Instance, volumes: ReadonlyMap<string, Ec2Volume>): JsonValue[] {
  return instance.blockDevices.map((device) => {
    const volume = volumes.get(device.volumeId);
    return {
      volume_id: device.volumeId,
      device: device.device,
      size_gib: volume?.sizeGib ?? null,
      type: volume?.type ?? null,
      iops: volume?.iops ?? null,
      throughput_mibps: volume?.throughputMibps ?? null,
      encrypted: volume?.encrypted ?? null,
      delete_on_termination: device.deleteOnTermination,
    };
  });
}

const byId = (volumes: readonly Ec2Volume[]): Map<string, Ec2Volume> =>
  new Map(volumes.map((v) => [v.id, v]));

/** Inventory: instances (with their storage), EBS volumes and Elastic IPs. */
export function* extractMetadata(
  snapshot: Ec2Snapshot,
  scope: ExtractScope,
): Generator<EventDraft> {
  const volumes = byId(snapshot.volumes);
  for (const i of snapshot.instances) {
    yield* facts(instanceArn(scope, i.id), [
      [EC2_METRIC.instanceType, i.type],
      [EC2_METRIC.instanceState, i.state],
      [EC2_METRIC.instanceAmiId, i.amiId],
      [EC2_METRIC.instanceVpcId, i.vpcId],
      [EC2_METRIC.instanceSubnetId, i.subnetId],
      [EC2_METRIC.instanceAvailabilityZone, i.availabilityZone],
      [EC2_METRIC.instancePrivateIpAddress, i.privateIpAddress],
      [EC2_METRIC.instancePublicIpAddress, i.publicIpAddress],
      [EC2_METRIC.instancePrivateDnsName, i.privateDnsName],
      [EC2_METRIC.instancePublicDnsName, i.publicDnsName],
      [
        EC2_METRIC.instanceSecurityGroups,
        i.securityGroups.map((g) => ({ id: g.id, name: g.name })),
      ],
      [EC2_METRIC.instanceIamInstanceProfileArn, i.iamInstanceProfileArn],
      [EC2_METRIC.instanceImdsv2Required, i.imdsv2Required],
      [EC2_METRIC.instancePlatform, i.platform],
      [EC2_METRIC.instanceLaunchTime, i.launchTime],
      [EC2_METRIC.instanceTags, i.tags],
      [EC2_METRIC.instanceStorage, storageOf(i, volumes)],
    ]);
  }
  for (const v of snapshot.volumes) {
    yield* facts(volumeArn(scope, v.id), [
      [EC2_METRIC.volumeSizeGib, v.sizeGib],
      [EC2_METRIC.volumeType, v.type],
      [EC2_METRIC.volumeIops, v.iops],
      [EC2_METRIC.volumeThroughputMibps, v.throughputMibps],
      [EC2_METRIC.volumeEncrypted, v.encrypted],
      [EC2_METRIC.volumeKmsKeyId, v.kmsKeyId],
      [EC2_METRIC.volumeState, v.state],
      [EC2_METRIC.volumeAttachedInstances, v.attachedInstanceIds],
      [EC2_METRIC.volumeAvailabilityZone, v.availabilityZone || undefined],
      [EC2_METRIC.volumeCreateTime, v.createTime],
      [EC2_METRIC.volumeTags, v.tags],
    ]);
  }
  for (const a of snapshot.addresses) {
    yield* facts(elasticIpArn(scope, a.allocationId ?? a.publicIp), [
      [EC2_METRIC.elasticIpPublicIp, a.publicIp],
      [EC2_METRIC.elasticIpAssociated, a.associationId !== undefined || a.instanceId !== undefined],
      [EC2_METRIC.elasticIpInstanceId, a.instanceId],
      [EC2_METRIC.elasticIpNetworkInterfaceId, a.networkInterfaceId],
      [EC2_METRIC.elasticIpDomain, a.domain],
      [EC2_METRIC.elasticIpTags, a.tags],
    ]);
  }
}

/**
 * Performance of every live instance over the window. When CloudWatch failed, each instance gets
 * one explicit "unavailable" event instead; statistics without datapoints are simply not emitted.
 */
export function* extractPerformance(
  snapshot: Ec2Snapshot,
  scope: ExtractScope,
): Generator<EventDraft> {
  const performance = snapshot.performance;
  for (const instance of snapshot.instances.filter(isLive)) {
    const resourceId = instanceArn(scope, instance.id);
    if (performance.state !== 'available') {
      yield {
        resource_id: resourceId,
        metric_type: EC2_METRIC.performanceDataUnavailable,
        metric_value: {
          reason: 'cloudwatch_error',
          error_code: performance.errorCode,
          detail:
            'CloudWatch GetMetricData failed; no performance metric is reported for this instance.',
        },
      };
      continue;
    }
    const p = performance.value.instances[instance.id];
    if (p === undefined) continue;
    const byPath = p.diskUsedPercentMaximumByPath;
    const diskValues = Object.values(byPath);
    yield* facts(resourceId, [
      ...INSTANCE_CLOUDWATCH_METRICS.map((m): [string, number | undefined] => [
        m.name,
        statistic(p.values, m.name),
      ]),
      [
        EC2_METRIC.memoryUsedPercentAverage,
        statistic(p.values, EC2_METRIC.memoryUsedPercentAverage),
      ],
      [
        EC2_METRIC.memoryUsedPercentMaximum,
        statistic(p.values, EC2_METRIC.memoryUsedPercentMaximum),
      ],
      [
        EC2_METRIC.diskUsedPercentMaximum,
        diskValues.length > 0 ? Math.max(...diskValues) : undefined,
      ],
      [EC2_METRIC.diskUsedPercentMaximumByPath, diskValues.length > 0 ? { ...byPath } : undefined],
    ]);
    const missing = [
      ...(p.agentPublishes.memory ? [] : [AGENT_MEMORY_METRIC]),
      ...(p.agentPublishes.disk ? [] : [AGENT_DISK_METRIC]),
    ];
    if (missing.length === 0) continue;
    yield {
      resource_id: resourceId,
      metric_type: EC2_METRIC.agentMetricsUnavailable,
      metric_value:
        performance.value.agent.state !== 'available'
          ? {
              metrics: missing,
              reason: 'list_metrics_failed',
              error_code: performance.value.agent.errorCode,
              detail:
                'CloudWatch ListMetrics failed, so the CloudWatch agent metrics could not be found.',
            }
          : {
              metrics: missing,
              reason: 'agent_not_publishing',
              detail: `The CWAgent namespace holds no ${missing.join(' or ')} with this instance's InstanceId: the CloudWatch agent is not installed, not running, or not configured to publish it.`,
            },
    };
  }
}

/** Previous-generation types, volumes billed on stopped instances, and the region's AZ spread. */
export function* extractArchitecture(
  snapshot: Ec2Snapshot,
  scope: ExtractScope,
): Generator<EventDraft> {
  const volumes = byId(snapshot.volumes);
  const runningByAz: Record<string, number> = {};
  let running = 0;
  for (const instance of snapshot.instances.filter(isLive)) {
    const resourceId = instanceArn(scope, instance.id);
    yield {
      resource_id: resourceId,
      metric_type: EC2_METRIC.previousGenerationInstance,
      metric_value: isPreviousGeneration(instance.type),
    };
    if (instance.state === 'stopped') {
      const sizeGib = instance.blockDevices.reduce(
        (total, device) => total + (volumes.get(device.volumeId)?.sizeGib ?? 0),
        0,
      );
      yield* facts(resourceId, [
        [EC2_METRIC.stoppedInstanceVolumeCount, instance.blockDevices.length],
        [EC2_METRIC.stoppedInstanceVolumeSizeGib, sizeGib],
      ]);
    }
    if (instance.state === 'running') {
      running += 1;
      const az = instance.availabilityZone ?? 'unknown';
      runningByAz[az] = (runningByAz[az] ?? 0) + 1;
    }
  }
  if (running === 0) return;
  const regionId = regionScopeId('ec2', scope.region, scope.accountId);
  yield* facts(regionId, [
    [EC2_METRIC.runningInstancesByAz, runningByAz],
    [EC2_METRIC.runningInstancesSingleAz, running >= 2 && Object.keys(runningByAz).length === 1],
  ]);
}

/** EBS snapshots owned by the account (their age is in old_snapshot and the start time). */
export function* extractSnapshots(
  snapshot: Ec2Snapshot,
  scope: ExtractScope,
): Generator<EventDraft> {
  if (snapshot.snapshots.state !== 'available') {
    yield {
      resource_id: regionScopeId('ec2', scope.region, scope.accountId),
      metric_type: EC2_METRIC.snapshotsUnavailable,
      metric_value: `${snapshot.snapshots.action} failed: ${snapshot.snapshots.errorCode}`,
    };
  }
  for (const s of ownSnapshots(snapshot)) {
    yield* facts(snapshotArn(scope, s.id), [
      [EC2_METRIC.snapshotVolumeId, s.volumeId],
      [EC2_METRIC.snapshotVolumeSizeGib, s.volumeSizeGib],
      [EC2_METRIC.snapshotFullSizeBytes, s.fullSizeBytes],
      [EC2_METRIC.snapshotStartTime, s.startTime],
      [EC2_METRIC.snapshotEncrypted, s.encrypted],
      // Accounts keep thousands of untagged snapshots: empty tags say nothing.
      [EC2_METRIC.snapshotTags, Object.keys(s.tags).length > 0 ? s.tags : undefined],
    ]);
  }
}

/** AWS/EBS statistics of the attached volumes (absent when CloudWatch failed). */
export function* extractVolumePerformance(
  snapshot: Ec2Snapshot,
  scope: ExtractScope,
): Generator<EventDraft> {
  if (snapshot.performance.state !== 'available') return;
  const volumes = snapshot.performance.value.volumes;
  // Keys, not entries: a pair per volume would be made for the whole region at once.
  for (const volumeId of Object.keys(volumes)) {
    const values = volumes[volumeId]!;
    yield* facts(
      volumeArn(scope, volumeId),
      VOLUME_CLOUDWATCH_METRICS.map((m): [string, number | undefined] => [
        m.name,
        statistic(values, m.name),
      ]),
    );
  }
}

/** Idle, over-provisioned, no-I/O, burst-exhausted and old resources; their waste in dollars. */
export function* extractSignals(snapshot: Ec2Snapshot, scope: SignalScope): Generator<EventDraft> {
  const signals = deriveEc2Signals(snapshot, scope);
  const ids = resourceIds(scope);
  yield* signalEvents(signals, ids);
  yield* wasteEvents(snapshot, signals, ids, scope);
}

/** Every EC2 event of one region's snapshot. */
export function* extractEc2(snapshot: Ec2Snapshot, scope: ExtractScope): Generator<EventDraft> {
  yield* extractMetadata(snapshot, scope);
  yield* extractPerformance(snapshot, scope);
  yield* extractArchitecture(snapshot, scope);
}
