/** One subscription's networking, in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Tags } from '../common/model.js';

export interface NsgRule {
  name: string;
  direction: 'Inbound' | 'Outbound';
  access: 'Allow' | 'Deny';
  priority: number;
  /** `Tcp`, `Udp`, `Icmp`, `*`… */
  protocol: string;
  sourcePrefixes: string[];
  /** `22`, `3389`, `1000-2000`, `*`. */
  destinationPorts: string[];
}

export interface NetworkSecurityGroup {
  id: string;
  name: string;
  location: string;
  resourceGroup: string;
  rules: NsgRule[];
  subnetIds: string[];
  networkInterfaceIds: string[];
  tags: Tags;
}

export interface Subnet {
  id: string;
  name: string;
  virtualNetworkId: string;
  addressPrefixes: string[];
  nsgId?: string;
  /** Azure-reserved subnets that take no NSG (GatewaySubnet, AzureFirewallSubnet…). */
  nsgNotSupported: boolean;
}

export interface VirtualNetwork {
  id: string;
  name: string;
  location: string;
  addressPrefixes: string[];
  subnetIds: string[];
  tags: Tags;
}

export interface PublicIp {
  id: string;
  name: string;
  location: string;
  ipAddress?: string;
  allocationMethod: string;
  sku: string;
  /** The NIC, load balancer or gateway configuration it is attached to. */
  attachedTo?: string;
  tags: Tags;
}

export interface NetworkWatcher {
  id: string;
  location: string;
  provisioningState: string;
}

export interface FlowLog {
  id: string;
  name: string;
  location: string;
  targetResourceId: string;
  /** `networkSecurityGroups` or `virtualNetworks` (or subnets / NICs). */
  targetType: string;
  enabled: boolean;
  retentionEnabled: boolean;
  /** 0 with retention enabled means "keep forever". */
  retentionDays: number;
  trafficAnalyticsEnabled: boolean;
}

export interface NetworkSnapshot {
  subscriptionId: string;
  networkSecurityGroups: NetworkSecurityGroup[];
  virtualNetworks: VirtualNetwork[];
  subnets: Subnet[];
  publicIps: PublicIp[];
  networkWatchers: NetworkWatcher[];
  flowLogs: FlowLog[];
  bastionHostIds: string[];
  /** Locations where the subscription has resources (for Network Watcher coverage). */
  locationsInUse: string[];
}

/** Source prefixes that mean "anyone on the Internet". */
const INTERNET_SOURCES = new Set([
  '*',
  'internet',
  'any',
  '0.0.0.0/0',
  '0.0.0.0',
  '::/0',
  '<nw>/0',
  '/0',
]);

export function isInternetSource(prefix: string): boolean {
  return INTERNET_SOURCES.has(prefix.toLowerCase());
}

/** True when a port spec (`22`, `20-30`, `*`) covers the port. */
export function portRangeCovers(range: string, port: number): boolean {
  if (range === '*') return true;
  const [from, to] = range.split('-').map((p) => Number(p.trim()));
  if (from === undefined || Number.isNaN(from)) return false;
  return to === undefined || Number.isNaN(to) ? from === port : from <= port && port <= to;
}

/**
 * Inbound Allow rules of an NSG open to the Internet for this protocol (and port, when given),
 * not shadowed by a Deny of higher priority for the same Internet source. `protocol` is `Tcp` or
 * `Udp`; rules for `*` match both.
 */
export function internetExposingRules(
  nsg: Pick<NetworkSecurityGroup, 'rules'>,
  protocol: 'Tcp' | 'Udp',
  port?: number,
): NsgRule[] {
  const matches = (rule: NsgRule) =>
    rule.direction === 'Inbound' &&
    (rule.protocol === '*' || rule.protocol.toLowerCase() === protocol.toLowerCase()) &&
    rule.sourcePrefixes.some(isInternetSource) &&
    (port === undefined || rule.destinationPorts.some((r) => portRangeCovers(r, port)));
  const ordered = [...nsg.rules].sort((a, b) => a.priority - b.priority);
  const out: NsgRule[] = [];
  for (const rule of ordered) {
    if (!matches(rule)) continue;
    if (rule.access === 'Deny') break;
    out.push(rule);
  }
  return out;
}

/** The networking scanner, as its checks name it. */
export const NETWORK = scannerRef<NetworkSnapshot>('azure', 'network');
