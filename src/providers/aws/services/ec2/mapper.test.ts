import { describe, expect, it } from 'vitest';
import { valuePool } from '../../pages.js';
import { mapAddress, mapInstance, mapTags, mapVolume } from './mapper.js';
import {
  LEGACY,
  describeAddresses,
  describeInstancesPage1,
  describeInstancesPage2,
  describeVolumes,
} from './fixtures/sdk-responses.js';

const [web] = describeInstancesPage1.Reservations![0]!.Instances!;
const [legacy, , terminated] = describeInstancesPage2.Reservations![0]!.Instances!;

describe('mapInstance', () => {
  it('keeps what the extractors need, in plain JSON-friendly types', () => {
    expect(mapInstance(web!)).toEqual({
      id: 'i-0a1b2c3d4e5f60001',
      type: 't3.medium',
      state: 'running',
      amiId: 'ami-0c1bea58988a989155',
      vpcId: 'vpc-0a9b8c7d6e5f40001',
      subnetId: 'subnet-0a9b8c7d6e5f40011',
      availabilityZone: 'eu-west-1a',
      privateIpAddress: '10.0.1.25',
      publicIpAddress: '34.245.10.20',
      privateDnsName: 'ip-10-0-1-25.eu-west-1.compute.internal',
      publicDnsName: 'ec2-34-245-10-20.eu-west-1.compute.amazonaws.com',
      securityGroups: [
        { id: 'sg-0123456789abcdef0', name: 'web' },
        { id: 'sg-0fedcba9876543210', name: 'ssh-admin' },
      ],
      iamInstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/web-server',
      imdsv2Required: true,
      platform: 'Linux/UNIX',
      launchTime: '2026-09-01T08:15:00.000Z',
      tags: { Name: 'web-1', env: 'prod' },
      blockDevices: [
        { volumeId: 'vol-0a1b2c3d4e5f00001', device: '/dev/xvda', deleteOnTermination: true },
        { volumeId: 'vol-0a1b2c3d4e5f00002', device: '/dev/sdf', deleteOnTermination: false },
      ],
    });
  });

  it('leaves out what AWS reports empty instead of inventing a value', () => {
    const mapped = mapInstance(legacy!)!;
    expect(mapped.id).toBe(LEGACY);
    expect(mapped.imdsv2Required).toBe(false);
    expect(mapped).not.toHaveProperty('publicIpAddress');
    expect(mapped).not.toHaveProperty('publicDnsName');
    expect(mapped).not.toHaveProperty('iamInstanceProfileArn');
    expect(mapInstance(terminated!)).toMatchObject({
      state: 'terminated',
      blockDevices: [],
      tags: {},
    });
  });

  it('maps a listing through one pool to the same records, sharing the group lists', () => {
    const pool = valuePool();
    const twin = { ...web!, InstanceId: 'i-0twin' };
    const [a, b] = [mapInstance(web!, pool)!, mapInstance(twin, pool)!];
    expect(a).toEqual(mapInstance(web!));
    expect(b.securityGroups).toBe(a.securityGroups);
    expect(Object.isFrozen(a.securityGroups)).toBe(true);
    expect(mapInstance({ ...web!, SecurityGroups: [] }, pool)!.securityGroups).toEqual([]);
  });

  it('skips an instance without an id', () => {
    expect(mapInstance({ InstanceType: 't3.micro' })).toBeUndefined();
  });
});

describe('mapVolume', () => {
  it('maps an attached encrypted gp3 volume and an unattached one', () => {
    const [root, , , , , orphan] = describeVolumes.Volumes!;
    expect(mapVolume(root!)).toEqual({
      id: 'vol-0a1b2c3d4e5f00001',
      sizeGib: 8,
      type: 'gp3',
      iops: 3000,
      throughputMibps: 125,
      encrypted: true,
      kmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
      state: 'in-use',
      availabilityZone: 'eu-west-1a',
      createTime: '2026-09-01T08:14:58.000Z',
      attachedInstanceIds: ['i-0a1b2c3d4e5f60001'],
      tags: {},
    });
    expect(mapVolume(orphan!)).toMatchObject({ state: 'available', attachedInstanceIds: [] });
  });

  it('lists every instance of a multi-attach volume but not a finished detachment', () => {
    const mapped = mapVolume({
      VolumeId: 'vol-0multi',
      Size: 4,
      VolumeType: 'io2',
      MultiAttachEnabled: true,
      Attachments: [
        { InstanceId: 'i-1', State: 'attached' },
        { InstanceId: 'i-2', State: 'attached' },
        { InstanceId: 'i-3', State: 'detached' },
      ],
    });
    expect(mapped?.attachedInstanceIds).toEqual(['i-1', 'i-2']);
  });
});

describe('mapAddress', () => {
  it('maps associated and unassociated Elastic IPs', () => {
    const [associated, free] = describeAddresses.Addresses!;
    expect(mapAddress(associated!)).toEqual({
      allocationId: 'eipalloc-0a1b2c3d4e5f00001',
      publicIp: '34.245.10.20',
      domain: 'vpc',
      associationId: 'eipassoc-0a1b2c3d4e5f00001',
      instanceId: 'i-0a1b2c3d4e5f60001',
      networkInterfaceId: 'eni-0a1b2c3d4e5f00001',
      tags: { Name: 'web-eip' },
    });
    expect(mapAddress(free!)).toEqual({
      allocationId: 'eipalloc-0a1b2c3d4e5f00002',
      publicIp: '52.18.200.7',
      domain: 'vpc',
      tags: {},
    });
  });
});

describe('mapTags', () => {
  it('turns the tag list into an object and keeps empty values', () => {
    expect(mapTags([{ Key: 'env', Value: 'prod' }, { Key: 'flag' }, { Value: 'orphan' }])).toEqual({
      env: 'prod',
      flag: '',
    });
  });
});
