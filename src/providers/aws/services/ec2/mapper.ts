import type { Address, Instance, Snapshot, Tag, Volume } from '@aws-sdk/client-ec2';
import type { BlockDevice, EbsSnapshot, Ec2Instance, Ec2Volume, ElasticIp, Tags } from './model.js';

export function mapTags(tags: readonly Tag[] | undefined): Tags {
  const out: Tags = {};
  for (const tag of tags ?? []) {
    if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? '';
  }
  return out;
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

export function mapInstance(instance: Instance): Ec2Instance | undefined {
  if (!instance.InstanceId) return undefined;
  const blockDevices: BlockDevice[] = (instance.BlockDeviceMappings ?? []).flatMap((m) =>
    m.Ebs?.VolumeId
      ? [
          {
            volumeId: m.Ebs.VolumeId,
            device: m.DeviceName ?? '',
            deleteOnTermination: m.Ebs.DeleteOnTermination ?? false,
          },
        ]
      : [],
  );
  return {
    id: instance.InstanceId,
    type: instance.InstanceType ?? 'unknown',
    state: instance.State?.Name ?? 'unknown',
    ...present('amiId', instance.ImageId),
    ...present('vpcId', instance.VpcId),
    ...present('subnetId', instance.SubnetId),
    ...present('availabilityZone', instance.Placement?.AvailabilityZone),
    ...present('privateIpAddress', instance.PrivateIpAddress),
    ...present('publicIpAddress', instance.PublicIpAddress),
    ...present('privateDnsName', instance.PrivateDnsName),
    ...present('publicDnsName', instance.PublicDnsName),
    securityGroups: (instance.SecurityGroups ?? []).map((g) => ({
      id: g.GroupId ?? '',
      name: g.GroupName ?? '',
    })),
    ...present('iamInstanceProfileArn', instance.IamInstanceProfile?.Arn),
    imdsv2Required: instance.MetadataOptions?.HttpTokens === 'required',
    ...present('platform', instance.PlatformDetails),
    ...present('launchTime', instance.LaunchTime?.toISOString()),
    tags: mapTags(instance.Tags),
    blockDevices,
  };
}

export function mapVolume(volume: Volume): Ec2Volume | undefined {
  if (!volume.VolumeId) return undefined;
  return {
    id: volume.VolumeId,
    sizeGib: volume.Size ?? 0,
    type: volume.VolumeType ?? 'unknown',
    ...presentNumber('iops', volume.Iops),
    ...presentNumber('throughputMibps', volume.Throughput),
    encrypted: volume.Encrypted ?? false,
    ...present('kmsKeyId', volume.KmsKeyId),
    state: volume.State ?? 'unknown',
    availabilityZone: volume.AvailabilityZone ?? '',
    ...present('createTime', volume.CreateTime?.toISOString()),
    attachedInstanceIds: (volume.Attachments ?? []).flatMap((a) =>
      a.InstanceId && a.State !== 'detached' ? [a.InstanceId] : [],
    ),
    tags: mapTags(volume.Tags),
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
export function mapSnapshot(snapshot: Snapshot, accountId: string): EbsSnapshot | undefined {
  if (!snapshot.SnapshotId || snapshot.OwnerId !== accountId) return undefined;
  return {
    id: snapshot.SnapshotId,
    // Snapshots copied from another one carry the placeholder vol-ffffffff.
    ...present('volumeId', snapshot.VolumeId === 'vol-ffffffff' ? undefined : snapshot.VolumeId),
    volumeSizeGib: snapshot.VolumeSize ?? 0,
    ...presentNumber('fullSizeBytes', snapshot.FullSnapshotSizeInBytes),
    ...present('startTime', snapshot.StartTime?.toISOString()),
    state: snapshot.State ?? 'unknown',
    encrypted: snapshot.Encrypted ?? false,
    ...present('storageTier', snapshot.StorageTier),
    tags: mapTags(snapshot.Tags),
  };
}
