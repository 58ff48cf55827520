import { metric, withRole, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.vpc';
const S = 'aws.security.vpc';
const A = 'aws.architecture.vpc';

/** Metric types, by name, so extractors never spell a string twice. */
export const VPC_METRIC = {
  cidrBlocks: `${M}.cidr_blocks`,
  ipv6CidrBlocks: `${M}.ipv6_cidr_blocks`,
  isDefault: `${M}.is_default`,
  state: `${M}.state`,
  tags: `${M}.tags`,
  subnetCount: `${M}.subnet_count`,
  availabilityZones: `${M}.availability_zones`,
  endpointServices: `${M}.endpoint_services`,
  peeringConnections: `${M}.peering_connections`,
  publicSubnetCount: `${A}.public_subnet_count`,
  privateSubnetCount: `${A}.private_subnet_count`,
  availabilityZoneCount: `${A}.availability_zone_count`,
  singleAz: `${A}.single_az`,
  internetGatewayAttached: `${A}.internet_gateway_attached`,
  natGatewayCount: `${A}.nat_gateway_count`,
  privateSubnetsWithoutNatGateway: `${A}.private_subnets_without_nat_gateway`,
  flowLogsEnabled: `${S}.flow_logs_enabled`,
  readErrors: `${M}.read_errors`,

  subnetVpcId: `${M}.subnet_vpc_id`,
  subnetAvailabilityZone: `${M}.subnet_availability_zone`,
  subnetCidrBlock: `${M}.subnet_cidr_block`,
  subnetIpv6CidrBlocks: `${M}.subnet_ipv6_cidr_blocks`,
  subnetAvailableIpAddressCount: `${M}.subnet_available_ip_address_count`,
  subnetRouteTableId: `${M}.subnet_route_table_id`,
  subnetTags: `${M}.subnet_tags`,
  subnetPublic: `${A}.subnet_public`,
  subnetMapPublicIpOnLaunch: `${S}.subnet_map_public_ip_on_launch`,

  securityGroupName: `${M}.security_group_name`,
  securityGroupVpcId: `${M}.security_group_vpc_id`,
  securityGroupIsDefault: `${M}.security_group_is_default`,
  securityGroupRules: `${M}.security_group_rules`,
  securityGroupNetworkInterfaceCount: `${M}.security_group_network_interface_count`,
  securityGroupTags: `${M}.security_group_tags`,
  securityGroupInUse: `${S}.security_group_in_use`,
  openIngressPorts: `${S}.open_ingress_ports`,
  adminPortsOpenToWorld: `${S}.admin_ports_open_to_world`,

  networkAclVpcId: `${M}.network_acl_vpc_id`,
  networkAclIsDefault: `${M}.network_acl_is_default`,
  networkAclSubnetIds: `${M}.network_acl_subnet_ids`,
  networkAclTags: `${M}.network_acl_tags`,
  networkAclAllowAllIngress: `${S}.network_acl_allow_all_ingress`,

  vpcCount: `${M}.vpc_count`,
  openSecurityRulesCount: `${S}.open_security_rules_count`,
  unusedSecurityGroupCount: `${S}.unused_security_group_count`,
} as const;

/** Every metric type the VPC scanner can emit. */
export const VPC_METRICS: readonly MetricDefinition[] = [
  metric(VPC_METRIC.cidrBlocks, 'array', 'IPv4 CIDR blocks associated with the VPC.'),
  metric(VPC_METRIC.ipv6CidrBlocks, 'array', 'IPv6 CIDR blocks associated with the VPC.'),
  metric(VPC_METRIC.isDefault, 'boolean', 'True for the default VPC of the region.'),
  metric(VPC_METRIC.state, 'string', 'VPC state: pending or available.'),
  withRole(metric(VPC_METRIC.tags, 'object', 'Tags of the VPC, key → value.'), 'resource_tags'),
  metric(VPC_METRIC.subnetCount, 'number', 'Number of subnets in the VPC.', 'count'),
  metric(VPC_METRIC.availabilityZones, 'array', 'Availability Zones the VPC has subnets in.'),
  metric(
    VPC_METRIC.endpointServices,
    'array',
    'Service names of the VPC endpoints of the VPC (e.g. com.amazonaws.eu-west-1.s3), deleted or failed endpoints excluded.',
  ),
  metric(
    VPC_METRIC.peeringConnections,
    'array',
    'Peering connections of the VPC that are not deleted, rejected, failed or expired: [{id, status, peer_vpc_id, peer_owner_id, peer_region}].',
  ),
  metric(
    VPC_METRIC.publicSubnetCount,
    'number',
    'Subnets whose route table (explicit association, else the main route table) routes to an internet gateway.',
    'count',
  ),
  metric(
    VPC_METRIC.privateSubnetCount,
    'number',
    'Subnets whose route table has no route to an internet gateway.',
    'count',
  ),
  metric(
    VPC_METRIC.availabilityZoneCount,
    'number',
    'Number of Availability Zones the VPC has subnets in.',
    'count',
  ),
  metric(
    VPC_METRIC.singleAz,
    'boolean',
    'True when all the subnets of the VPC are in one Availability Zone.',
  ),
  metric(
    VPC_METRIC.internetGatewayAttached,
    'boolean',
    'True when an internet gateway is attached to the VPC.',
  ),
  metric(
    VPC_METRIC.natGatewayCount,
    'number',
    'NAT gateways of the VPC that are pending or available.',
    'count',
  ),
  metric(
    VPC_METRIC.privateSubnetsWithoutNatGateway,
    'boolean',
    'True when the VPC has private subnets but no NAT gateway.',
  ),
  metric(
    VPC_METRIC.flowLogsEnabled,
    'boolean',
    'True when a flow log with status ACTIVE is attached to the VPC itself (subnet or interface flow logs do not count).',
  ),

  metric(VPC_METRIC.subnetVpcId, 'string', 'VPC the subnet belongs to.'),
  metric(VPC_METRIC.subnetAvailabilityZone, 'string', 'Availability Zone of the subnet.'),
  metric(VPC_METRIC.subnetCidrBlock, 'string', 'IPv4 CIDR block of the subnet.'),
  metric(VPC_METRIC.subnetIpv6CidrBlocks, 'array', 'IPv6 CIDR blocks of the subnet.'),
  metric(
    VPC_METRIC.subnetAvailableIpAddressCount,
    'number',
    'Unused private IPv4 addresses left in the subnet.',
    'count',
  ),
  metric(
    VPC_METRIC.subnetRouteTableId,
    'string',
    'Route table serving the subnet: its explicit association, else the main route table of the VPC.',
  ),
  withRole(
    metric(VPC_METRIC.subnetTags, 'object', 'Tags of the subnet, key → value.'),
    'resource_tags',
  ),
  metric(
    VPC_METRIC.subnetPublic,
    'boolean',
    'True when the route table serving the subnet routes to an internet gateway.',
  ),
  metric(
    VPC_METRIC.subnetMapPublicIpOnLaunch,
    'boolean',
    'True when instances launched in the subnet get a public IPv4 address by default.',
  ),

  metric(VPC_METRIC.securityGroupName, 'string', 'Name of the security group.'),
  metric(VPC_METRIC.securityGroupVpcId, 'string', 'VPC the security group belongs to.'),
  metric(
    VPC_METRIC.securityGroupIsDefault,
    'boolean',
    'True for the default security group of a VPC.',
  ),
  metric(
    VPC_METRIC.securityGroupRules,
    'object',
    'Normalised rules: {ingress, egress}, each [{protocol (all, tcp, udp, icmp, icmpv6 or a protocol number), from_port, to_port (null for all ports), sources}].',
  ),
  metric(
    VPC_METRIC.securityGroupNetworkInterfaceCount,
    'number',
    'Network interfaces using the security group.',
    'count',
  ),
  withRole(
    metric(VPC_METRIC.securityGroupTags, 'object', 'Tags of the security group, key → value.'),
    'resource_tags',
  ),
  metric(
    VPC_METRIC.securityGroupInUse,
    'boolean',
    'True when at least one network interface uses the security group.',
  ),
  metric(
    VPC_METRIC.openIngressPorts,
    'array',
    'Ingress rules open to the world (0.0.0.0/0 or ::/0): [{protocol, from_port, to_port, sources}], sources limited to the world CIDRs; empty when none.',
  ),
  metric(
    VPC_METRIC.adminPortsOpenToWorld,
    'array',
    'Administration and database ports (SSH, RDP, SQL Server, Oracle, MySQL, PostgreSQL, Redis, MongoDB, Elasticsearch…) reachable over TCP from 0.0.0.0/0 or ::/0; empty when none.',
  ),

  metric(VPC_METRIC.networkAclVpcId, 'string', 'VPC the network ACL belongs to.'),
  metric(VPC_METRIC.networkAclIsDefault, 'boolean', 'True for the default network ACL of a VPC.'),
  metric(VPC_METRIC.networkAclSubnetIds, 'array', 'Subnets associated with the network ACL.'),
  withRole(
    metric(VPC_METRIC.networkAclTags, 'object', 'Tags of the network ACL, key → value.'),
    'resource_tags',
  ),
  metric(
    VPC_METRIC.networkAclAllowAllIngress,
    'boolean',
    'True when an inbound rule allows all protocols from 0.0.0.0/0 or ::/0 and no deny rule of the same address family comes before it.',
  ),

  metric(VPC_METRIC.vpcCount, 'number', 'VPCs in the region.', 'count'),
  metric(
    VPC_METRIC.openSecurityRulesCount,
    'number',
    'Security group ingress rules in the region open to 0.0.0.0/0 or ::/0.',
    'count',
  ),
  metric(
    VPC_METRIC.unusedSecurityGroupCount,
    'number',
    'Security groups in the region used by no network interface.',
    'count',
  ),
  metric(
    VPC_METRIC.readErrors,
    'array',
    "The region's reads that failed (action: error code): the facts they feed are left out.",
  ),
];
