import type { Address, Instance, Snapshot, Tag, Volume } from '@aws-sdk/client-ec2';
import { NO_POOL, type ValuePool } from '../../pages.js';
import type { BlockDevice, EbsSnapshot, Ec2Instance, Ec2Volume, ElasticIp, Tags } from './model.js';

/** Shared by every untagged resource (most volumes and snapshots): frozen, never written to. */
const NO_TAGS: Tags = Object.freeze({}) as Tags;
const NO_IDS: string[] = Object.freeze([]) as unknown as string[];

export function mapTags(tags: readonly Tag[] | undefined, pool: ValuePool = NO_POOL): Tags {
  let out: Tags | undefined;
  for (const tag of tags ?? []) {
    if (tag.Key === undefined) continue;
    out ??= {};
    out[tag.Key] = pool.string(tag.Value ?? '');
  }
  return out ?? NO_TAGS;
}

/** Copies only the fields that are present and non-empty: absent facts are not emitted. */
function present<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function presentNumber<K extends string>(
  key: K,
  value: number | undefined,
): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

/**
 * `pool` shares the values instances repeat (their type, zone, VPC, subnet, security groups…) and,
 * given the volumes' listing's pool, one copy of each volume id; arrays are made at their exact
 * length (`flatMap` and `push` leave room for 16 more elements).
 */
export function mapInstance(
  instance: Instance,
  pool: ValuePool = NO_POOL,
): Ec2Instance | undefined {
  if (!instance.InstanceId) return undefined;
  const blockDevices: BlockDevice[] = (instance.BlockDeviceMappings ?? [])
    .filter((m) => m.Ebs?.VolumeId)
    .map((m) => ({
      volumeId: pool.string(m.Ebs!.VolumeId!),
      device: pool.string(m.DeviceName ?? ''),
      deleteOnTermination: m.Ebs!.DeleteOnTermination ?? false,
    }));
  const string = (value: string | undefined) => (value ? pool.string(value) : undefined);
  const groups = instance.SecurityGroups ?? [];
  // Instances share a handful of group sets: one frozen list per set.
  const securityGroups = pool.shared(
    groups.map((g) => `${g.GroupId ?? ''}\u0000${g.GroupName ?? ''}`).join('\u0001'),
    () =>
      Object.freeze(
        groups.map((g) =>
          Object.freeze({ id: pool.string(g.GroupId ?? ''), name: pool.string(g.GroupName ?? '') }),
        ),
      ) as Ec2Instance['securityGroups'],
  );
  return {
    id: pool.string(instance.InstanceId),
    type: pool.string(instance.InstanceType ?? 'unknown'),
    state: pool.string(instance.State?.Name ?? 'unknown'),
    ...present('amiId', string(instance.ImageId)),
    ...present('vpcId', string(instance.VpcId)),
    ...present('subnetId', string(instance.SubnetId)),
    ...present('availabilityZone', string(instance.Placement?.AvailabilityZone)),
    ...present('privateIpAddress', instance.PrivateIpAddress),
    ...present('publicIpAddress', instance.PublicIpAddress),
    ...present('privateDnsName', instance.PrivateDnsName),
    ...present('publicDnsName', instance.PublicDnsName),
    securityGroups,
    ...present('iamInstanceProfileArn', string(instance.IamInstanceProfile?.Arn)),
    imdsv2Required: instance.MetadataOptions?.HttpTokens === 'required',
    ...present('platform', string(instance.PlatformDetails)),
    ...present('launchTime', instance.LaunchTime?.toISOString()),
    tags: mapTags(instance.Tags, pool),
    blockDevices,
  };
}

export function mapVolume(volume: Volume, pool: ValuePool = NO_POOL): Ec2Volume | undefined {
  if (!volume.VolumeId) return undefined;
  const attached = (volume.Attachments ?? []).filter((a) => a.InstanceId && a.State !== 'detached');
  return {
    id: pool.string(volume.VolumeId),
    sizeGib: volume.Size ?? 0,
    type: pool.string(volume.VolumeType ?? 'unknown'),
    ...presentNumber('iops', volume.Iops),
    ...presentNumber('throughputMibps', volume.Throughput),
    encrypted: volume.Encrypted ?? false,
    ...present('kmsKeyId', volume.KmsKeyId ? pool.string(volume.KmsKeyId) : undefined),
    state: pool.string(volume.State ?? 'unknown'),
    availabilityZone: pool.string(volume.AvailabilityZone ?? ''),
    ...present('createTime', volume.CreateTime?.toISOString()),
    attachedInstanceIds:
      attached.length > 0 ? attached.map((a) => pool.string(a.InstanceId!)) : NO_IDS,
    tags: mapTags(volume.Tags, pool),
  };
}

export function mapAddress(address: Address): ElasticIp | undefined {
  if (!address.PublicIp) return undefined;
  return {
    ...present('allocationId', address.AllocationId),
    publicIp: address.PublicIp,
    ...present('domain', address.Domain),
    ...present('associationId', address.AssociationId),
    ...present('instanceId', address.InstanceId),
    ...present('networkInterfaceId', address.NetworkInterfaceId),
    tags: mapTags(address.Tags),
  };
}

/**
 * Only a snapshot the scanned account owns: some endpoints ignore `OwnerIds: ['self']` and answer
 * with public and shared snapshots too, which are neither the account's inventory nor its cost.
 */
export function mapSnapshot(
  snapshot: Snapshot,
  accountId: string,
  pool: ValuePool = NO_POOL,
): EbsSnapshot | undefined {
  if (!snapshot.SnapshotId || snapshot.OwnerId !== accountId) return undefined;
  return {
    id: pool.string(snapshot.SnapshotId),
    // Snapshots copied from another one carry the placeholder vol-ffffffff.
    ...present(
      'volumeId',
      snapshot.VolumeId && snapshot.VolumeId !== 'vol-ffffffff'
        ? pool.string(snapshot.VolumeId)
        : undefined,
    ),
    volumeSizeGib: snapshot.VolumeSize ?? 0,
    ...presentNumber('fullSizeBytes', snapshot.FullSnapshotSizeInBytes),
    ...present('startTime', snapshot.StartTime?.toISOString()),
    state: pool.string(snapshot.State ?? 'unknown'),
    encrypted: snapshot.Encrypted ?? false,
    ...present('storageTier', snapshot.StorageTier ? pool.string(snapshot.StorageTier) : undefined),
    tags: mapTags(snapshot.Tags, pool),
  };
}
