import type {
  NetworkAcl,
  NetworkAclEntry,
  SecurityGroup,
  SecurityGroupRule,
  VpcSnapshot,
} from '../../../providers/aws/services/vpc/model.js';

export const sgArn = (id: string) => `arn:aws:ec2:eu-west-3:123456789012:security-group/${id}`;
export const aclArn = (id: string) => `arn:aws:ec2:eu-west-3:123456789012:network-acl/${id}`;

export const tcp = (from: number, to: number, ...sources: string[]): SecurityGroupRule => ({
  protocol: 'tcp',
  from_port: from,
  to_port: to,
  sources,
});

export const allTraffic = (...sources: string[]): SecurityGroupRule => ({
  protocol: 'all',
  from_port: null,
  to_port: null,
  sources,
});

export function group(
  id: string,
  ingress: SecurityGroupRule[],
  overrides: Partial<SecurityGroup> = {},
): SecurityGroup {
  return {
    id,
    name: id,
    vpcId: 'vpc-1',
    ownerId: '123456789012',
    ingress,
    egress: [allTraffic('0.0.0.0/0')],
    tags: {},
    ...overrides,
  };
}

export const entry = (
  ruleNumber: number,
  action: 'allow' | 'deny',
  protocol: string,
  cidr: string,
  portRange?: { from: number; to: number },
): NetworkAclEntry => ({
  ruleNumber,
  egress: false,
  action,
  protocol,
  ...(cidr.includes(':') ? { ipv6CidrBlock: cidr } : { cidrBlock: cidr }),
  ...(portRange ? { portRange } : {}),
});

export function acl(
  id: string,
  entries: NetworkAclEntry[],
  overrides: Partial<NetworkAcl> = {},
): NetworkAcl {
  return {
    id,
    vpcId: 'vpc-1',
    ownerId: '123456789012',
    isDefault: false,
    subnetIds: ['subnet-1'],
    entries: [
      ...entries,
      entry(32767, 'deny', '-1', '0.0.0.0/0'),
      entry(32768, 'deny', '-1', '::/0'),
    ],
    tags: {},
    ...overrides,
  };
}

export function snapshot(parts: Partial<VpcSnapshot>): VpcSnapshot {
  return {
    vpcs: [],
    subnets: [],
    routeTables: [],
    internetGateways: [],
    natGateways: [],
    securityGroups: [],
    networkAcls: [],
    flowLogs: { state: 'available', value: [] },
    endpoints: { state: 'available', value: [] },
    peerings: { state: 'available', value: [] },
    securityGroupAttachments: { state: 'available', value: {} },
    ...parts,
  };
}
