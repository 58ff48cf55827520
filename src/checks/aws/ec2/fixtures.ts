import type {
  Ec2Instance,
  Ec2Snapshot,
  Ec2Volume,
  ElasticIp,
} from '../../../providers/aws/services/ec2/model.js';

export const instanceArn = (id: string) => `arn:aws:ec2:eu-west-3:123456789012:instance/${id}`;

export function instance(id: string, overrides: Partial<Ec2Instance> = {}): Ec2Instance {
  return {
    id,
    type: 't3.micro',
    state: 'running',
    vpcId: 'vpc-1',
    subnetId: 'subnet-1',
    privateIpAddress: '10.0.0.10',
    securityGroups: [{ id: 'sg-1', name: 'app' }],
    iamInstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/app',
    imdsv2Required: true,
    tags: {},
    blockDevices: [],
    ...overrides,
  };
}

export function volume(id: string, overrides: Partial<Ec2Volume> = {}): Ec2Volume {
  return {
    id,
    sizeGib: 8,
    type: 'gp3',
    encrypted: true,
    state: 'in-use',
    availabilityZone: 'eu-west-3a',
    attachedInstanceIds: ['i-1'],
    tags: {},
    ...overrides,
  };
}

export function snapshot(parts: {
  instances?: Ec2Instance[];
  volumes?: Ec2Volume[];
  addresses?: ElasticIp[];
}): Ec2Snapshot {
  return {
    instances: parts.instances ?? [],
    volumes: parts.volumes ?? [],
    addresses: parts.addresses ?? [],
    snapshots: { state: 'available', value: [] },
    performance: { state: 'failed', action: 'cloudwatch:GetMetricData', errorCode: 'NotRequested' },
    pricing: { state: 'not_requested' },
  };
}
