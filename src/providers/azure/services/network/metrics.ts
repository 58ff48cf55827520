import { defineMetrics } from '../../../../core/index.js';

const M = 'azure.metadata.network';
const S = 'azure.security.network';
const A = 'azure.architecture.network';

export const NETWORK_METRIC = defineMetrics({
  nsgRuleCount: {
    name: `${M}.nsg_rule_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Security rules of the network security group (default rules excluded).',
  },
  nsgAttachmentCount: {
    name: `${M}.nsg_attachment_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Subnets and network interfaces the NSG is associated with.',
  },
  vnetAddressPrefixes: {
    name: `${M}.vnet_address_prefixes`,
    valueType: 'array',
    description: 'Address space of the virtual network (CIDR blocks).',
  },
  vnetSubnetCount: {
    name: `${M}.vnet_subnet_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Subnets of the virtual network.',
  },
  subnetAddressPrefixes: {
    name: `${M}.subnet_address_prefixes`,
    valueType: 'array',
    description: 'Address prefixes of the subnet.',
  },
  publicIpAddress: {
    name: `${M}.public_ip_address`,
    valueType: 'string',
    description: 'The allocated public IP address.',
  },
  publicIpAllocation: {
    name: `${M}.public_ip_allocation_method`,
    valueType: 'string',
    description: 'Static or Dynamic.',
  },
  publicIpAttached: {
    name: `${M}.public_ip_attached`,
    valueType: 'boolean',
    description: 'True when the address is associated with a NIC, load balancer or gateway.',
    role: 'idle_signal',
  },
  watcherState: {
    name: `${M}.network_watcher_state`,
    valueType: 'string',
    description: 'Provisioning state of the location’s Network Watcher.',
    role: 'resource_state',
  },
  flowLogRetentionDays: {
    name: `${M}.flow_log_retention_days`,
    valueType: 'number',
    unit: 'days',
    description: 'Retention of the flow log (0 with retention on = forever; -1 = retention off).',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    description: 'Tags of the resource, key → value.',
    role: 'resource_tags',
  },
  internetExposedRules: {
    name: `${S}.internet_exposed_rule_count`,
    valueType: 'number',
    unit: 'count',
    description:
      'Inbound Allow rules of the NSG whose source is the whole Internet (any protocol, any port).',
  },
  subnetHasNsg: {
    name: `${A}.subnet_has_nsg`,
    valueType: 'boolean',
    description:
      'True when the subnet is associated with a network security group (reserved subnets excluded).',
  },
  subnetsWithoutNsg: {
    name: `${A}.subnets_without_nsg_count`,
    valueType: 'number',
    unit: 'count',
    description:
      'Subnets of the subscription with no network security group (reserved subnets excluded).',
  },
  locationsWithoutWatcher: {
    name: `${A}.locations_without_network_watcher`,
    valueType: 'array',
    description: 'Locations in use without a Network Watcher.',
  },
});
