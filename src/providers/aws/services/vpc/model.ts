import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

/** One region's VPC snapshot, in our own compact types: extractors and checks never see SDK shapes. */

export type { Read, ReadFailure };

export type Tags = Record<string, string>;

export interface Vpc {
  id: string;
  /** The owning account; differs from the scanned account for a VPC shared through AWS RAM. */
  ownerId?: string;
  isDefault: boolean;
  state: string;
  cidrBlocks: string[];
  ipv6CidrBlocks: string[];
  tags: Tags;
}

export interface Subnet {
  id: string;
  vpcId: string;
  ownerId?: string;
  availabilityZone: string;
  cidrBlock?: string;
  ipv6CidrBlocks: string[];
  availableIpAddressCount?: number;
  mapPublicIpOnLaunch: boolean;
  tags: Tags;
}

export interface RouteTable {
  id: string;
  vpcId: string;
  /** True for the VPC's main route table, which serves every subnet without an explicit association. */
  main: boolean;
  /** Subnets explicitly associated with this table. */
  subnetIds: string[];
  /** True when a usable (not blackhole) route targets an internet gateway. */
  routesToInternetGateway: boolean;
}

export interface InternetGateway {
  id: string;
  attachedVpcIds: string[];
}

export interface NatGateway {
  id: string;
  vpcId: string;
  state: string;
  connectivityType?: string;
}

export type SecurityGroupProtocol = 'all' | 'tcp' | 'udp' | 'icmp' | 'icmpv6' | (string & {});

/**
 * One security group permission, normalised. Ports are null when the rule covers every port
 * (protocol `all`); for ICMP they carry the ICMP type and code as AWS reports them.
 */
export type SecurityGroupRule = {
  protocol: SecurityGroupProtocol;
  from_port: number | null;
  to_port: number | null;
  /** CIDRs (IPv4 and IPv6), prefix list ids and security groups (`sg-…`, or `account/sg-…` across accounts). */
  sources: string[];
};

export interface SecurityGroup {
  id: string;
  name: string;
  vpcId?: string;
  ownerId?: string;
  ingress: SecurityGroupRule[];
  egress: SecurityGroupRule[];
  tags: Tags;
}

export interface NetworkAclEntry {
  ruleNumber: number;
  egress: boolean;
  action: 'allow' | 'deny';
  /** `-1` for all protocols, else the IANA protocol number as a string. */
  protocol: string;
  cidrBlock?: string;
  ipv6CidrBlock?: string;
  /** TCP/UDP ports the entry covers; absent for other protocols (and for all protocols: every port). */
  portRange?: { from: number; to: number };
}

export interface NetworkAcl {
  id: string;
  vpcId: string;
  ownerId?: string;
  isDefault: boolean;
  subnetIds: string[];
  entries: NetworkAclEntry[];
  tags: Tags;
}

export interface FlowLog {
  id: string;
  /** The VPC, subnet or network interface the flow log watches. */
  resourceId: string;
  status: string;
}

export interface VpcEndpoint {
  id: string;
  vpcId: string;
  serviceName: string;
  type: string;
  state: string;
}

export interface PeeringSide {
  vpcId: string;
  ownerId?: string;
  region?: string;
}

export interface VpcPeering {
  id: string;
  status: string;
  requester: PeeringSide;
  accepter: PeeringSide;
}

export interface VpcSnapshot {
  vpcs: Vpc[];
  subnets: Subnet[];
  routeTables: RouteTable[];
  internetGateways: InternetGateway[];
  natGateways: NatGateway[];
  securityGroups: SecurityGroup[];
  networkAcls: NetworkAcl[];
  /**
   * The listings below describe the network rather than list it: each one that fails (denied, 5xx,
   * not offered) is recorded and the unit goes on without it.
   */
  flowLogs: Read<FlowLog[]>;
  endpoints: Read<VpcEndpoint[]>;
  peerings: Read<VpcPeering[]>;
  /** Security group id → number of network interfaces using it; unused groups are absent. */
  securityGroupAttachments: Read<Record<string, number>>;
}

/** The VPC scanner, as its checks name it. */
export const VPC = scannerRef<VpcSnapshot>('aws', 'vpc');
