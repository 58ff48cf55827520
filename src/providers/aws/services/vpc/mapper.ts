import type {
  FlowLog as SdkFlowLog,
  InternetGateway as SdkInternetGateway,
  IpPermission,
  NatGateway as SdkNatGateway,
  NetworkAcl as SdkNetworkAcl,
  NetworkInterface,
  RouteTable as SdkRouteTable,
  SecurityGroup as SdkSecurityGroup,
  Subnet as SdkSubnet,
  Tag,
  Vpc as SdkVpc,
  VpcEndpoint as SdkVpcEndpoint,
  VpcPeeringConnection,
  VpcPeeringConnectionVpcInfo,
} from '@aws-sdk/client-ec2';
import type {
  FlowLog,
  InternetGateway,
  NatGateway,
  NetworkAcl,
  NetworkAclEntry,
  PeeringSide,
  RouteTable,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
  Tags,
  Vpc,
  VpcEndpoint,
  VpcPeering,
} from './model.js';

export function mapTags(tags: readonly Tag[] | undefined): Tags {
  const out: Tags = {};
  for (const tag of tags ?? []) {
    if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? '';
  }
  return out;
}

function defined<T>(values: readonly (T | undefined)[]): T[] {
  return values.filter((v): v is T => v !== undefined && v !== null && v !== '');
}

/** Association states that no longer bind a CIDR or a subnet. */
const GONE_ASSOCIATION_STATES = new Set(['disassociating', 'disassociated', 'failed', 'failing']);

export function mapVpc(vpc: SdkVpc): Vpc | undefined {
  if (!vpc.VpcId) return undefined;
  const cidrs = (vpc.CidrBlockAssociationSet ?? [])
    .filter((a) => !GONE_ASSOCIATION_STATES.has(a.CidrBlockState?.State ?? ''))
    .map((a) => a.CidrBlock);
  return {
    id: vpc.VpcId,
    ...(vpc.OwnerId ? { ownerId: vpc.OwnerId } : {}),
    isDefault: vpc.IsDefault ?? false,
    state: vpc.State ?? 'unknown',
    cidrBlocks: [...new Set(defined(cidrs.length > 0 ? cidrs : [vpc.CidrBlock]))],
    ipv6CidrBlocks: defined(
      (vpc.Ipv6CidrBlockAssociationSet ?? [])
        .filter((a) => !GONE_ASSOCIATION_STATES.has(a.Ipv6CidrBlockState?.State ?? ''))
        .map((a) => a.Ipv6CidrBlock),
    ),
    tags: mapTags(vpc.Tags),
  };
}

export function mapSubnet(subnet: SdkSubnet): Subnet | undefined {
  if (!subnet.SubnetId || !subnet.VpcId) return undefined;
  return {
    id: subnet.SubnetId,
    vpcId: subnet.VpcId,
    ...(subnet.OwnerId ? { ownerId: subnet.OwnerId } : {}),
    availabilityZone: subnet.AvailabilityZone ?? 'unknown',
    ...(subnet.CidrBlock ? { cidrBlock: subnet.CidrBlock } : {}),
    ipv6CidrBlocks: defined(
      (subnet.Ipv6CidrBlockAssociationSet ?? [])
        .filter((a) => !GONE_ASSOCIATION_STATES.has(a.Ipv6CidrBlockState?.State ?? ''))
        .map((a) => a.Ipv6CidrBlock),
    ),
    ...(subnet.AvailableIpAddressCount !== undefined
      ? { availableIpAddressCount: subnet.AvailableIpAddressCount }
      : {}),
    mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch ?? false,
    tags: mapTags(subnet.Tags),
  };
}

export function mapRouteTable(table: SdkRouteTable): RouteTable | undefined {
  if (!table.RouteTableId || !table.VpcId) return undefined;
  const live = (table.Associations ?? []).filter(
    (a) => !GONE_ASSOCIATION_STATES.has(a.AssociationState?.State ?? ''),
  );
  return {
    id: table.RouteTableId,
    vpcId: table.VpcId,
    main: live.some((a) => a.Main === true),
    subnetIds: defined(live.map((a) => a.SubnetId)),
    routesToInternetGateway: (table.Routes ?? []).some(
      (r) => (r.GatewayId ?? '').startsWith('igw-') && r.State !== 'blackhole',
    ),
  };
}

/** DescribeInternetGateways reports an attached gateway as "available", outside the SDK's enum. */
const ATTACHED_STATES: ReadonlySet<string> = new Set(['available', 'attached']);

export function mapInternetGateway(gateway: SdkInternetGateway): InternetGateway | undefined {
  if (!gateway.InternetGatewayId) return undefined;
  return {
    id: gateway.InternetGatewayId,
    attachedVpcIds: defined(
      (gateway.Attachments ?? [])
        .filter((a) => ATTACHED_STATES.has(a.State ?? ''))
        .map((a) => a.VpcId),
    ),
  };
}

export function mapNatGateway(gateway: SdkNatGateway): NatGateway | undefined {
  if (!gateway.NatGatewayId || !gateway.VpcId) return undefined;
  return {
    id: gateway.NatGatewayId,
    vpcId: gateway.VpcId,
    state: gateway.State ?? 'unknown',
    ...(gateway.ConnectivityType ? { connectivityType: gateway.ConnectivityType } : {}),
  };
}

const PROTOCOL_NAMES: Record<string, string> = {
  '-1': 'all',
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
};

function normaliseRule(permission: IpPermission, ownerId: string | undefined): SecurityGroupRule {
  const raw = (permission.IpProtocol ?? '-1').toLowerCase();
  const protocol = PROTOCOL_NAMES[raw] ?? raw;
  let from: number | null = null;
  let to: number | null = null;
  if (protocol === 'tcp' || protocol === 'udp') {
    from = permission.FromPort ?? 0;
    to = permission.ToPort ?? 65535;
  } else if (protocol === 'icmp' || protocol === 'icmpv6') {
    from = permission.FromPort ?? null;
    to = permission.ToPort ?? null;
  }
  // Any other protocol number opens all of its "ports": AWS ignores the range for it.
  const groups = (permission.UserIdGroupPairs ?? []).map((pair) => {
    if (!pair.GroupId) return undefined;
    return pair.UserId && ownerId && pair.UserId !== ownerId
      ? `${pair.UserId}/${pair.GroupId}`
      : pair.GroupId;
  });
  return {
    protocol,
    from_port: from,
    to_port: to,
    sources: defined([
      ...(permission.IpRanges ?? []).map((r) => r.CidrIp),
      ...(permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
      ...(permission.PrefixListIds ?? []).map((p) => p.PrefixListId),
      ...groups,
    ]),
  };
}

export function mapSecurityGroup(group: SdkSecurityGroup): SecurityGroup | undefined {
  if (!group.GroupId) return undefined;
  return {
    id: group.GroupId,
    name: group.GroupName ?? '',
    ...(group.VpcId ? { vpcId: group.VpcId } : {}),
    ...(group.OwnerId ? { ownerId: group.OwnerId } : {}),
    ingress: (group.IpPermissions ?? []).map((p) => normaliseRule(p, group.OwnerId)),
    egress: (group.IpPermissionsEgress ?? []).map((p) => normaliseRule(p, group.OwnerId)),
    tags: mapTags(group.Tags),
  };
}

export function mapNetworkAcl(acl: SdkNetworkAcl): NetworkAcl | undefined {
  if (!acl.NetworkAclId || !acl.VpcId) return undefined;
  const entries: NetworkAclEntry[] = (acl.Entries ?? []).flatMap((entry) =>
    entry.RuleNumber === undefined
      ? []
      : [
          {
            ruleNumber: entry.RuleNumber,
            egress: entry.Egress ?? false,
            action: entry.RuleAction === 'allow' ? ('allow' as const) : ('deny' as const),
            protocol: entry.Protocol ?? '-1',
            ...(entry.CidrBlock ? { cidrBlock: entry.CidrBlock } : {}),
            ...(entry.Ipv6CidrBlock ? { ipv6CidrBlock: entry.Ipv6CidrBlock } : {}),
            ...(entry.PortRange?.From !== undefined && entry.PortRange.To !== undefined
              ? { portRange: { from: entry.PortRange.From, to: entry.PortRange.To } }
              : {}),
          },
        ],
  );
  return {
    id: acl.NetworkAclId,
    vpcId: acl.VpcId,
    ...(acl.OwnerId ? { ownerId: acl.OwnerId } : {}),
    isDefault: acl.IsDefault ?? false,
    subnetIds: defined((acl.Associations ?? []).map((a) => a.SubnetId)),
    entries: entries.sort((a, b) => a.ruleNumber - b.ruleNumber),
    tags: mapTags(acl.Tags),
  };
}

export function mapFlowLog(flowLog: SdkFlowLog): FlowLog | undefined {
  if (!flowLog.FlowLogId || !flowLog.ResourceId) return undefined;
  return {
    id: flowLog.FlowLogId,
    resourceId: flowLog.ResourceId,
    status: flowLog.FlowLogStatus ?? 'unknown',
  };
}

export function mapVpcEndpoint(endpoint: SdkVpcEndpoint): VpcEndpoint | undefined {
  if (!endpoint.VpcEndpointId || !endpoint.VpcId) return undefined;
  return {
    id: endpoint.VpcEndpointId,
    vpcId: endpoint.VpcId,
    serviceName: endpoint.ServiceName ?? 'unknown',
    type: endpoint.VpcEndpointType ?? 'unknown',
    state: (endpoint.State ?? 'unknown').toLowerCase(),
  };
}

function mapPeeringSide(info: VpcPeeringConnectionVpcInfo | undefined): PeeringSide | undefined {
  if (!info?.VpcId) return undefined;
  return {
    vpcId: info.VpcId,
    ...(info.OwnerId ? { ownerId: info.OwnerId } : {}),
    ...(info.Region ? { region: info.Region } : {}),
  };
}

export function mapVpcPeering(peering: VpcPeeringConnection): VpcPeering | undefined {
  const requester = mapPeeringSide(peering.RequesterVpcInfo);
  const accepter = mapPeeringSide(peering.AccepterVpcInfo);
  if (!peering.VpcPeeringConnectionId || !requester || !accepter) return undefined;
  return {
    id: peering.VpcPeeringConnectionId,
    status: peering.Status?.Code ?? 'unknown',
    requester,
    accepter,
  };
}

/** Security group ids a network interface uses. */
export function securityGroupsOf(networkInterface: NetworkInterface): string[] {
  return defined((networkInterface.Groups ?? []).map((g) => g.GroupId));
}
