import {
  metric,
  withRole,
  type MetricDefinition,
  type MetricRole,
} from '../../../../core/index.js';
import type { MetricStatistic } from '../../cloudwatch.js';

const M = 'aws.metadata.ec2';
const P = 'aws.performance.ec2';
const A = 'aws.architecture.ec2';
const C = 'aws.cost.ec2';

/** Metric types, by name, so extractors never spell a string twice. */
export const EC2_METRIC = {
  instanceType: `${M}.instance_type`,
  instanceState: `${M}.instance_state`,
  instanceAmiId: `${M}.instance_ami_id`,
  instanceVpcId: `${M}.instance_vpc_id`,
  instanceSubnetId: `${M}.instance_subnet_id`,
  instanceAvailabilityZone: `${M}.instance_availability_zone`,
  instancePrivateIpAddress: `${M}.instance_private_ip_address`,
  instancePublicIpAddress: `${M}.instance_public_ip_address`,
  instancePrivateDnsName: `${M}.instance_private_dns_name`,
  instancePublicDnsName: `${M}.instance_public_dns_name`,
  instanceSecurityGroups: `${M}.instance_security_groups`,
  instanceIamInstanceProfileArn: `${M}.instance_iam_instance_profile_arn`,
  instanceImdsv2Required: `${M}.instance_imdsv2_required`,
  instancePlatform: `${M}.instance_platform`,
  instanceLaunchTime: `${M}.instance_launch_time`,
  instanceTags: `${M}.instance_tags`,
  instanceStorage: `${M}.instance_storage`,

  volumeSizeGib: `${M}.volume_size_gib`,
  volumeType: `${M}.volume_type`,
  volumeIops: `${M}.volume_iops`,
  volumeThroughputMibps: `${M}.volume_throughput_mibps`,
  volumeEncrypted: `${M}.volume_encrypted`,
  volumeKmsKeyId: `${M}.volume_kms_key_id`,
  volumeState: `${M}.volume_state`,
  volumeAttachedInstances: `${M}.volume_attached_instances`,
  volumeAvailabilityZone: `${M}.volume_availability_zone`,
  volumeCreateTime: `${M}.volume_create_time`,
  volumeTags: `${M}.volume_tags`,

  elasticIpPublicIp: `${M}.elastic_ip_public_ip`,
  elasticIpAssociated: `${M}.elastic_ip_associated`,
  elasticIpInstanceId: `${M}.elastic_ip_instance_id`,
  elasticIpNetworkInterfaceId: `${M}.elastic_ip_network_interface_id`,
  elasticIpDomain: `${M}.elastic_ip_domain`,
  elasticIpTags: `${M}.elastic_ip_tags`,

  memoryUsedPercentAverage: `${P}.memory_used_percent.average`,
  memoryUsedPercentMaximum: `${P}.memory_used_percent.maximum`,
  diskUsedPercentMaximum: `${P}.disk_used_percent.maximum`,
  diskUsedPercentMaximumByPath: `${P}.disk_used_percent.maximum_by_path`,
  agentMetricsUnavailable: `${P}.agent_metrics_unavailable`,
  performanceDataUnavailable: `${P}.performance_data_unavailable`,

  previousGenerationInstance: `${A}.previous_generation_instance`,
  stoppedInstanceVolumeCount: `${A}.stopped_instance_volume_count`,
  stoppedInstanceVolumeSizeGib: `${A}.stopped_instance_volume_size_gib`,
  runningInstancesByAz: `${A}.running_instances_by_az`,
  runningInstancesSingleAz: `${A}.running_instances_single_az`,

  snapshotsUnavailable: `${M}.snapshots_unavailable`,
  snapshotVolumeId: `${M}.snapshot_volume_id`,
  snapshotVolumeSizeGib: `${M}.snapshot_volume_size_gib`,
  snapshotFullSizeBytes: `${M}.snapshot_full_size_bytes`,
  snapshotStartTime: `${M}.snapshot_start_time`,
  snapshotEncrypted: `${M}.snapshot_encrypted`,
  snapshotTags: `${M}.snapshot_tags`,

  idleInstance: `${A}.idle_instance`,
  overprovisionedInstance: `${A}.overprovisioned_instance`,
  volumeWithoutIo: `${A}.volume_without_io`,
  volumeBurstCreditsExhausted: `${A}.volume_burst_credits_exhausted`,
  oldSnapshot: `${A}.old_snapshot`,

  estimatedMonthlyWasteUsd: `${C}.estimated_monthly_waste_usd`,
  wasteEstimate: `${C}.waste_estimate`,
  pricingUnavailable: `${C}.pricing_unavailable`,
} as const;

/** One AWS/EC2 statistic collected for every instance: where it comes from and what it is called. */
export interface InstanceCloudWatchMetric {
  /** Metric type emitted. */
  name: string;
  metricName: string;
  stat: MetricStatistic;
  unit: string;
  description: string;
  /** Its meaning for reports, when it has one. */
  role?: MetricRole;
}

/** The AWS/EC2 namespace statistics, in emission order. */
export const INSTANCE_CLOUDWATCH_METRICS: readonly InstanceCloudWatchMetric[] = [
  {
    name: `${P}.cpu_utilization.average`,
    metricName: 'CPUUtilization',
    stat: 'Average',
    unit: 'percent',
    description: 'Average CPU utilization over the metrics window.',
    role: 'cpu_utilization_average',
  },
  {
    name: `${P}.cpu_utilization.maximum`,
    metricName: 'CPUUtilization',
    stat: 'Maximum',
    unit: 'percent',
    description: 'Highest CPU utilization of any datapoint in the metrics window.',
  },
  {
    name: `${P}.cpu_utilization.p95`,
    metricName: 'CPUUtilization',
    stat: 'p95',
    unit: 'percent',
    description:
      '95th percentile of CPU utilization over the metrics window (the highest period p95 when the period is shorter than the window).',
    role: 'cpu_utilization_p95',
  },
  {
    name: `${P}.network_in_bytes.sum`,
    metricName: 'NetworkIn',
    stat: 'Sum',
    unit: 'bytes',
    description: 'Bytes received on all network interfaces over the metrics window.',
  },
  {
    name: `${P}.network_out_bytes.sum`,
    metricName: 'NetworkOut',
    stat: 'Sum',
    unit: 'bytes',
    description: 'Bytes sent on all network interfaces over the metrics window.',
  },
  {
    name: `${P}.disk_read_ops.sum`,
    metricName: 'DiskReadOps',
    stat: 'Sum',
    unit: 'count',
    description: 'Completed read operations on instance store volumes over the metrics window.',
  },
  {
    name: `${P}.disk_write_ops.sum`,
    metricName: 'DiskWriteOps',
    stat: 'Sum',
    unit: 'count',
    description: 'Completed write operations on instance store volumes over the metrics window.',
  },
  {
    // On Nitro instances EBS I/O is reported here, not in DiskReadOps/DiskWriteOps.
    name: `${P}.ebs_read_ops.sum`,
    metricName: 'EBSReadOps',
    stat: 'Sum',
    unit: 'count',
    description:
      'Completed read operations on attached EBS volumes (Nitro instances) over the metrics window.',
  },
  {
    name: `${P}.ebs_write_ops.sum`,
    metricName: 'EBSWriteOps',
    stat: 'Sum',
    unit: 'count',
    description:
      'Completed write operations on attached EBS volumes (Nitro instances) over the metrics window.',
  },
  {
    name: `${P}.status_check_failed.maximum`,
    metricName: 'StatusCheckFailed',
    stat: 'Maximum',
    unit: 'count',
    description:
      '1 when an instance or system status check failed at any time in the metrics window, else 0.',
    role: 'health_check_failures',
  },
];

/** One AWS/EBS statistic collected for every volume. */
export interface VolumeCloudWatchMetric extends InstanceCloudWatchMetric {
  /** Only volumes of these types publish the metric (burst balance). */
  volumeTypes?: readonly string[];
}

/** Volume types whose performance rests on burst credits (BurstBalance). */
export const BURSTABLE_VOLUME_TYPES: readonly string[] = ['gp2', 'st1', 'sc1'];

/** The AWS/EBS namespace statistics, in emission order. */
export const VOLUME_CLOUDWATCH_METRICS: readonly VolumeCloudWatchMetric[] = [
  {
    name: `${P}.volume_read_ops.sum`,
    metricName: 'VolumeReadOps',
    stat: 'Sum',
    unit: 'count',
    description: 'Completed read operations on the EBS volume over the metrics window.',
  },
  {
    name: `${P}.volume_write_ops.sum`,
    metricName: 'VolumeWriteOps',
    stat: 'Sum',
    unit: 'count',
    description: 'Completed write operations on the EBS volume over the metrics window.',
  },
  {
    name: `${P}.volume_read_bytes.sum`,
    metricName: 'VolumeReadBytes',
    stat: 'Sum',
    unit: 'bytes',
    description: 'Bytes read from the EBS volume over the metrics window.',
  },
  {
    name: `${P}.volume_write_bytes.sum`,
    metricName: 'VolumeWriteBytes',
    stat: 'Sum',
    unit: 'bytes',
    description: 'Bytes written to the EBS volume over the metrics window.',
  },
  {
    name: `${P}.volume_queue_length.average`,
    metricName: 'VolumeQueueLength',
    stat: 'Average',
    unit: 'count',
    description:
      'Average number of I/O requests waiting on the EBS volume over the metrics window.',
  },
  {
    name: `${P}.volume_queue_length.maximum`,
    metricName: 'VolumeQueueLength',
    stat: 'Maximum',
    unit: 'count',
    description: 'Highest number of I/O requests waiting on the EBS volume in the metrics window.',
  },
  {
    name: `${P}.volume_idle_time_seconds.sum`,
    metricName: 'VolumeIdleTime',
    stat: 'Sum',
    unit: 'seconds',
    description:
      'Seconds with no read or write submitted to the EBS volume over the metrics window.',
  },
  {
    name: `${P}.volume_burst_balance_percent.minimum`,
    metricName: 'BurstBalance',
    stat: 'Minimum',
    unit: 'percent',
    description:
      'Lowest burst credit balance of a gp2, st1 or sc1 volume in the metrics window (0 = credits exhausted).',
    volumeTypes: BURSTABLE_VOLUME_TYPES,
    role: 'utilization_percent',
  },
];

/** Every metric type the EC2 scanner can emit. */
export const EC2_METRICS: readonly MetricDefinition[] = [
  metric(EC2_METRIC.instanceType, 'string', 'Instance type, e.g. t3.micro.'),
  metric(
    EC2_METRIC.instanceState,
    'string',
    'Instance state: pending, running, stopping, stopped, shutting-down or terminated.',
  ),
  metric(EC2_METRIC.instanceAmiId, 'string', 'Id of the AMI the instance was launched from.'),
  metric(EC2_METRIC.instanceVpcId, 'string', 'VPC the instance runs in.'),
  metric(EC2_METRIC.instanceSubnetId, 'string', 'Subnet the instance runs in.'),
  metric(EC2_METRIC.instanceAvailabilityZone, 'string', 'Availability Zone of the instance.'),
  metric(EC2_METRIC.instancePrivateIpAddress, 'string', 'Primary private IPv4 address.'),
  metric(
    EC2_METRIC.instancePublicIpAddress,
    'string',
    'Public IPv4 address, when the instance has one.',
  ),
  metric(EC2_METRIC.instancePrivateDnsName, 'string', 'Private DNS name.'),
  metric(EC2_METRIC.instancePublicDnsName, 'string', 'Public DNS name, when the instance has one.'),
  metric(
    EC2_METRIC.instanceSecurityGroups,
    'array',
    'Security groups of the instance: [{id, name}].',
  ),
  metric(
    EC2_METRIC.instanceIamInstanceProfileArn,
    'string',
    'ARN of the IAM instance profile, when one is attached.',
  ),
  metric(
    EC2_METRIC.instanceImdsv2Required,
    'boolean',
    'True when the instance metadata service requires session tokens (IMDSv2).',
  ),
  metric(EC2_METRIC.instancePlatform, 'string', 'Platform details, e.g. Linux/UNIX or Windows.'),
  metric(EC2_METRIC.instanceLaunchTime, 'string', 'Last launch time, ISO 8601 in UTC.'),
  withRole(
    metric(EC2_METRIC.instanceTags, 'object', 'Tags of the instance, key → value.'),
    'resource_tags',
  ),
  metric(
    EC2_METRIC.instanceStorage,
    'array',
    'Attached EBS volumes: [{volume_id, device, size_gib, type, iops, throughput_mibps, encrypted, delete_on_termination}]; null where the volume was not described.',
  ),

  metric(EC2_METRIC.volumeSizeGib, 'number', 'Provisioned size of the EBS volume.', 'GiB'),
  metric(
    EC2_METRIC.volumeType,
    'string',
    'EBS volume type: gp2, gp3, io1, io2, st1, sc1 or standard.',
  ),
  metric(
    EC2_METRIC.volumeIops,
    'number',
    'Provisioned (or baseline) IOPS of the EBS volume.',
    'IOPS',
  ),
  metric(
    EC2_METRIC.volumeThroughputMibps,
    'number',
    'Provisioned throughput of a gp3 volume.',
    'MiB/s',
  ),
  metric(EC2_METRIC.volumeEncrypted, 'boolean', 'True when the EBS volume is encrypted.'),
  metric(EC2_METRIC.volumeKmsKeyId, 'string', 'ARN of the KMS key encrypting the volume.'),
  metric(
    EC2_METRIC.volumeState,
    'string',
    'Volume state: creating, available, in-use, deleting, deleted or error.',
  ),
  metric(
    EC2_METRIC.volumeAttachedInstances,
    'array',
    'Ids of the instances the volume is attached to; empty when it is not attached.',
  ),
  metric(EC2_METRIC.volumeAvailabilityZone, 'string', 'Availability Zone of the volume.'),
  metric(EC2_METRIC.volumeCreateTime, 'string', 'Creation time, ISO 8601 in UTC.'),
  withRole(
    metric(EC2_METRIC.volumeTags, 'object', 'Tags of the volume, key → value.'),
    'resource_tags',
  ),

  metric(EC2_METRIC.elasticIpPublicIp, 'string', 'Public IPv4 address of the Elastic IP.'),
  metric(
    EC2_METRIC.elasticIpAssociated,
    'boolean',
    'True when the Elastic IP is associated with an instance or network interface.',
  ),
  metric(EC2_METRIC.elasticIpInstanceId, 'string', 'Instance the Elastic IP is associated with.'),
  metric(
    EC2_METRIC.elasticIpNetworkInterfaceId,
    'string',
    'Network interface the Elastic IP is associated with.',
  ),
  metric(EC2_METRIC.elasticIpDomain, 'string', 'vpc or standard.'),
  withRole(
    metric(EC2_METRIC.elasticIpTags, 'object', 'Tags of the Elastic IP, key → value.'),
    'resource_tags',
  ),

  ...INSTANCE_CLOUDWATCH_METRICS.map((m) =>
    withRole(metric(m.name, 'number', m.description, m.unit), m.role),
  ),
  metric(
    EC2_METRIC.memoryUsedPercentAverage,
    'number',
    'Average memory used over the metrics window (CloudWatch agent, mem_used_percent).',
    'percent',
  ),
  metric(
    EC2_METRIC.memoryUsedPercentMaximum,
    'number',
    'Highest memory used in the metrics window (CloudWatch agent, mem_used_percent).',
    'percent',
  ),
  metric(
    EC2_METRIC.diskUsedPercentMaximum,
    'number',
    'Highest disk space used by any file system in the metrics window (CloudWatch agent, disk_used_percent).',
    'percent',
  ),
  metric(
    EC2_METRIC.diskUsedPercentMaximumByPath,
    'object',
    'Highest disk space used per mount path in the metrics window, path → percent (CloudWatch agent).',
  ),
  withRole(
    metric(
      EC2_METRIC.agentMetricsUnavailable,
      'object',
      'Memory or disk metrics could not be reported: {metrics, reason, error_code?, detail}.',
    ),
    'unavailable',
  ),
  withRole(
    metric(
      EC2_METRIC.performanceDataUnavailable,
      'object',
      'CloudWatch refused or failed the metrics request, so no performance metric is reported: {reason, error_code, detail}.',
    ),
    'unavailable',
  ),

  ...VOLUME_CLOUDWATCH_METRICS.map((m) =>
    withRole(metric(m.name, 'number', m.description, m.unit), m.role),
  ),

  metric(
    EC2_METRIC.snapshotsUnavailable,
    'string',
    "Why the region's EBS snapshots could not be listed (the denied call's error code); absent when they were.",
  ),
  metric(EC2_METRIC.snapshotVolumeId, 'string', 'Volume an EBS snapshot was taken from.'),
  metric(
    EC2_METRIC.snapshotVolumeSizeGib,
    'number',
    'Size of the volume the EBS snapshot was taken from.',
    'GiB',
  ),
  metric(
    EC2_METRIC.snapshotFullSizeBytes,
    'number',
    'Full size of the EBS snapshot, when EC2 reports it.',
    'bytes',
  ),
  metric(
    EC2_METRIC.snapshotStartTime,
    'string',
    'When the EBS snapshot was started, ISO 8601 in UTC.',
  ),
  metric(EC2_METRIC.snapshotEncrypted, 'boolean', 'True when the EBS snapshot is encrypted.'),
  withRole(
    metric(
      EC2_METRIC.snapshotTags,
      'object',
      'Tags of the EBS snapshot, key → value (left out when it has none).',
    ),
    'resource_tags',
  ),

  metric(
    EC2_METRIC.idleInstance,
    'boolean',
    'True for a running instance whose average CPU stayed below idle_cpu_percent and whose network in + out stayed below idle_network_bytes_per_day over the metrics window (thresholds: see the configuration).',
  ),
  metric(
    EC2_METRIC.overprovisionedInstance,
    'boolean',
    'True for a running, not idle instance whose p95 CPU (its maximum when no p95 is reported) stayed below overprovisioned_cpu_p95_percent and, where the CloudWatch agent reports memory, whose highest memory use stayed below overprovisioned_memory_percent: a rightsizing candidate.',
  ),
  metric(
    EC2_METRIC.volumeWithoutIo,
    'boolean',
    'True for an EBS volume with fewer read + write operations than idle_volume_ops_per_day per day over the metrics window.',
  ),
  metric(
    EC2_METRIC.volumeBurstCreditsExhausted,
    'boolean',
    'True for a gp2, st1 or sc1 volume whose lowest burst balance fell to burst_balance_low_percent or below in the metrics window.',
  ),
  metric(
    EC2_METRIC.oldSnapshot,
    'boolean',
    'True for an EBS snapshot of this account started more than old_snapshot_days ago.',
  ),

  withRole(
    metric(
      EC2_METRIC.estimatedMonthlyWasteUsd,
      'number',
      "Estimated monthly cost of a wasted resource at the region's on-demand price list (unattached volume, unassociated Elastic IP, idle instance, old snapshot); emitted when the scan has options.cost.",
      'USD/month',
    ),
    'waste',
  ),
  withRole(
    metric(
      EC2_METRIC.wasteEstimate,
      'object',
      'How the waste estimate was made: {reason, quantity, unit, unit_price_usd, hours_per_month?, monthly_usd, currency, price_source}.',
    ),
    'waste_detail',
  ),
  withRole(
    metric(
      EC2_METRIC.pricingUnavailable,
      'object',
      'The Price List API could not be read, so no waste is estimated in dollars for the region: {error_code, detail}.',
    ),
    'unavailable',
  ),

  metric(
    EC2_METRIC.previousGenerationInstance,
    'boolean',
    'True when the instance type belongs to a family AWS lists as previous generation.',
  ),
  metric(
    EC2_METRIC.stoppedInstanceVolumeCount,
    'number',
    'EBS volumes still attached (and billed) to a stopped instance.',
    'count',
  ),
  metric(
    EC2_METRIC.stoppedInstanceVolumeSizeGib,
    'number',
    'Total size of the EBS volumes still attached (and billed) to a stopped instance.',
    'GiB',
  ),
  metric(
    EC2_METRIC.runningInstancesByAz,
    'object',
    'Running instances of the region per Availability Zone, zone → count.',
  ),
  metric(
    EC2_METRIC.runningInstancesSingleAz,
    'boolean',
    'True when two or more instances run in the region and all of them sit in one Availability Zone.',
  ),
];
