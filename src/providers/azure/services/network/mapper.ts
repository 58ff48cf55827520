import type { GraphRow } from '../../graph.js';
import { parseResourceId } from '../../resource-id.js';
import { arr, base, bool, num, obj, str, strings, type Json } from '../rows.js';
import type {
  FlowLog,
  NetworkSecurityGroup,
  NetworkSnapshot,
  NsgRule,
  PublicIp,
  Subnet,
  VirtualNetwork,
} from './model.js';

const RESERVED_SUBNETS = new Set([
  'gatewaysubnet',
  'azurefirewallsubnet',
  'azurefirewallmanagementsubnet',
  'routeserversubnet',
]);

export function mapRule(rule: Json): NsgRule {
  const p = obj(rule.properties);
  const one = (key: string) => (str(p[key]) ? [str(p[key])!] : []);
  return {
    name: str(rule.name) ?? '',
    direction: p.direction === 'Outbound' ? 'Outbound' : 'Inbound',
    access: p.access === 'Deny' ? 'Deny' : 'Allow',
    priority: num(p.priority) ?? 0,
    protocol: str(p.protocol) ?? '*',
    sourcePrefixes: [...one('sourceAddressPrefix'), ...strings(p.sourceAddressPrefixes)],
    destinationPorts: [...one('destinationPortRange'), ...strings(p.destinationPortRanges)],
  };
}

function mapNsg(row: Json): NetworkSecurityGroup {
  const p = obj(row.properties);
  return {
    ...base(row),
    rules: arr(p.securityRules).map(mapRule),
    subnetIds: arr(p.subnets).map((s) => str(s.id) ?? ''),
    networkInterfaceIds: arr(p.networkInterfaces).map((s) => str(s.id) ?? ''),
  };
}

function mapVnet(row: Json): { vnet: VirtualNetwork; subnets: Subnet[] } {
  const b = base(row);
  const p = obj(row.properties);
  const subnets = arr(p.subnets).map((s): Subnet => {
    const sp = obj(s.properties);
    const name = str(s.name) ?? '';
    const nsgId = str(obj(sp.networkSecurityGroup).id);
    return {
      id: str(s.id) ?? `${b.id}/subnets/${name}`,
      name,
      virtualNetworkId: b.id,
      addressPrefixes: str(sp.addressPrefix)
        ? [str(sp.addressPrefix)!]
        : strings(sp.addressPrefixes),
      ...(nsgId ? { nsgId } : {}),
      nsgNotSupported: RESERVED_SUBNETS.has(name.toLowerCase()),
    };
  });
  return {
    vnet: {
      id: b.id,
      name: b.name,
      location: b.location,
      addressPrefixes: strings(obj(p.addressSpace).addressPrefixes),
      subnetIds: subnets.map((s) => s.id),
      tags: b.tags,
    },
    subnets,
  };
}

function mapPublicIp(row: Json): PublicIp {
  const b = base(row);
  const p = obj(row.properties);
  const attachedTo = str(obj(p.ipConfiguration).id);
  const ipAddress = str(p.ipAddress);
  return {
    id: b.id,
    name: b.name,
    location: b.location,
    ...(ipAddress ? { ipAddress } : {}),
    allocationMethod: str(p.publicIPAllocationMethod) ?? 'unknown',
    sku: str(obj(row.sku).name) ?? 'Basic',
    ...(attachedTo ? { attachedTo } : {}),
    tags: b.tags,
  };
}

function mapFlowLog(row: Json): FlowLog {
  const b = base(row);
  const p = obj(row.properties);
  const retention = obj(p.retentionPolicy);
  const target = str(p.targetResourceId) ?? '';
  const analytics = obj(obj(p.flowAnalyticsConfiguration).networkWatcherFlowAnalyticsConfiguration);
  return {
    id: b.id,
    name: b.name,
    location: b.location,
    targetResourceId: target,
    targetType: parseResourceId(target).type?.split('/').pop() ?? 'unknown',
    enabled: bool(p.enabled) ?? false,
    retentionEnabled: bool(retention.enabled) ?? false,
    retentionDays: num(retention.days) ?? 0,
    trafficAnalyticsEnabled: bool(analytics.enabled) ?? false,
  };
}

/** Pure: graph rows → the subscription's networking snapshot. */
export function mapNetwork(
  subscriptionId: string,
  rows: readonly GraphRow[],
  locationRows: readonly GraphRow[],
): NetworkSnapshot {
  const snapshot: NetworkSnapshot = {
    subscriptionId,
    networkSecurityGroups: [],
    virtualNetworks: [],
    subnets: [],
    publicIps: [],
    networkWatchers: [],
    flowLogs: [],
    bastionHostIds: [],
    locationsInUse: [
      ...new Set(locationRows.map((r) => (str(r.location) ?? '').toLowerCase()).filter(Boolean)),
    ].sort(),
  };
  for (const row of rows) {
    switch (String(row.type).toLowerCase()) {
      case 'microsoft.network/networksecuritygroups':
        snapshot.networkSecurityGroups.push(mapNsg(row));
        break;
      case 'microsoft.network/virtualnetworks': {
        const { vnet, subnets } = mapVnet(row);
        snapshot.virtualNetworks.push(vnet);
        snapshot.subnets.push(...subnets);
        break;
      }
      case 'microsoft.network/publicipaddresses':
        snapshot.publicIps.push(mapPublicIp(row));
        break;
      case 'microsoft.network/networkwatchers': {
        const b = base(row);
        snapshot.networkWatchers.push({
          id: b.id,
          location: b.location,
          provisioningState: str(obj(row.properties).provisioningState) ?? 'unknown',
        });
        break;
      }
      case 'microsoft.network/networkwatchers/flowlogs':
        snapshot.flowLogs.push(mapFlowLog(row));
        break;
      case 'microsoft.network/bastionhosts':
        snapshot.bastionHostIds.push(base(row).id);
        break;
    }
  }
  return snapshot;
}
