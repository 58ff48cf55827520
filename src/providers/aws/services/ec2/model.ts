/** The EC2 snapshot of one region, in our own compact types: extractors and checks never see SDK shapes. */

export type Tags = Record<string, string>;

export interface BlockDevice {
  volumeId: string;
  device: string;
  deleteOnTermination: boolean;
}

export interface Ec2Instance {
  id: string;
  type: string;
  state: string;
  amiId?: string;
  vpcId?: string;
  subnetId?: string;
  availabilityZone?: string;
  privateIpAddress?: string;
  publicIpAddress?: string;
  privateDnsName?: string;
  publicDnsName?: string;
  securityGroups: { id: string; name: string }[];
  iamInstanceProfileArn?: string;
  imdsv2Required: boolean;
  platform?: string;
  /** ISO 8601, UTC. */
  launchTime?: string;
  tags: Tags;
  /** EBS block devices only (instance store volumes are not described by DescribeVolumes). */
  blockDevices: BlockDevice[];
}

export interface Ec2Volume {
  id: string;
  sizeGib: number;
  type: string;
  iops?: number;
  throughputMibps?: number;
  encrypted: boolean;
  kmsKeyId?: string;
  state: string;
  availabilityZone: string;
  /** ISO 8601, UTC. */
  createTime?: string;
  attachedInstanceIds: string[];
  tags: Tags;
}

export interface ElasticIp {
  /** Allocation id; absent only on legacy EC2-Classic addresses. */
  allocationId?: string;
  publicIp: string;
  /** vpc, or standard for a legacy EC2-Classic address. */
  domain?: string;
  associationId?: string;
  instanceId?: string;
  networkInterfaceId?: string;
  tags: Tags;
}

/** Statistics of one instance over the window; a statistic without datapoints is absent, never zero. */
export interface InstancePerformance {
  /** Metric type → value, for the AWS/EC2 statistics and the agent's memory statistics (`statistic`). */
  values: Statistics;
  /** Mount path → highest disk_used_percent, from the CloudWatch agent. */
  diskUsedPercentMaximumByPath: Record<string, number>;
  /** Whether the CloudWatch agent publishes these metrics for the instance. */
  agentPublishes: { memory: boolean; disk: boolean };
}

export interface Ec2PerformanceData {
  windowDays: number;
  /** The CloudWatch agent's metrics listed (ListMetrics): how many were found. */
  agent: Read<number>;
  /** Keyed by instance id; instances not queried (terminated) are absent. */
  instances: Record<string, InstancePerformance>;
  /** Volume id → metric type → value (AWS/EBS statistics); absent statistics had no datapoint. */
  volumes: Record<string, Statistics>;
}

/** The region's statistics (GetMetricData); a failure is recorded and the inventory stands. */
export type Ec2Performance = Read<Ec2PerformanceData>;

/** An EBS snapshot the account owns. */
export interface EbsSnapshot {
  id: string;
  volumeId?: string;
  volumeSizeGib: number;
  /** Full size of the snapshot's data, when EC2 reports it. */
  fullSizeBytes?: number;
  /** ISO 8601, UTC. */
  startTime?: string;
  state: string;
  encrypted: boolean;
  /** standard or archive. */
  storageTier?: string;
  tags: Tags;
}

/** The region's on-demand prices the waste estimates use, in USD. */
export interface Ec2Prices {
  /** Volume type → per GB-month. */
  ebsGbMonth: Record<string, number>;
  snapshotGbMonth?: number;
  idleAddressHourly?: number;
  /** Instance type → per hour (Linux, shared tenancy). */
  instanceHourly: Record<string, number>;
}

/** Prices are only read for a scan with options.cost, and only for resources that waste money. */
export type Ec2Pricing = Read<Ec2Prices> | { state: 'not_requested' };

import type { Read, ReadFailure } from '../../read.js';
import type { Statistics } from '../../cloudwatch-stats.js';
import { scannerRef } from '../../../../core/index.js';

export type { Read, ReadFailure, Statistics };

export interface Ec2Snapshot {
  instances: Ec2Instance[];
  volumes: Ec2Volume[];
  addresses: ElasticIp[];
  /**
   * EBS snapshots the account owns (DescribeSnapshots OwnerIds self, then filtered by OwnerId).
   * They only feed cost signals: a failing listing is recorded and the inventory still stands.
   */
  snapshots: Read<EbsSnapshot[]>;
  performance: Ec2Performance;
  pricing: Ec2Pricing;
}

/** The account's snapshots, none when they could not be listed (the failure is reported apart). */
export function ownSnapshots(snapshot: Pick<Ec2Snapshot, 'snapshots'>): EbsSnapshot[] {
  return snapshot.snapshots.state === 'available' ? snapshot.snapshots.value : [];
}

/** A terminated instance lingers in DescribeInstances for about an hour; it has no performance or architecture. */
export function isLive(instance: Ec2Instance): boolean {
  return instance.state !== 'terminated';
}

/** The EC2 scanner, as its checks name it. */
export const EC2 = scannerRef<Ec2Snapshot>('aws', 'ec2');
