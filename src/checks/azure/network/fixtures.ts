import type {
  FlowLog,
  NetworkSecurityGroup,
  NetworkSnapshot,
  NsgRule,
} from '../../../providers/azure/services/network/model.js';
import { SCOPE, SUBSCRIPTION } from '../testing.js';

const RG = `${SCOPE}/resourceGroups/rg-net/providers/Microsoft.Network`;

export const rule = (name: string, overrides: Partial<NsgRule> = {}): NsgRule => ({
  name,
  direction: 'Inbound',
  access: 'Allow',
  priority: 100,
  protocol: 'Tcp',
  sourcePrefixes: ['10.0.0.0/8'],
  destinationPorts: ['443'],
  ...overrides,
});

export const nsg = (name: string, rules: NsgRule[]): NetworkSecurityGroup => ({
  id: `${RG}/networkSecurityGroups/${name}`,
  name,
  location: 'westeurope',
  resourceGroup: 'rg-net',
  rules,
  subnetIds: [],
  networkInterfaceIds: [],
  tags: {},
});

export const flowLog = (
  name: string,
  target: string,
  overrides: Partial<FlowLog> = {},
): FlowLog => ({
  id: `${RG}/networkWatchers/NetworkWatcher_westeurope/flowLogs/${name}`,
  name,
  location: 'westeurope',
  targetResourceId: target,
  targetType: target.includes('/virtualNetworks/') ? 'virtualNetworks' : 'networkSecurityGroups',
  enabled: true,
  retentionEnabled: true,
  retentionDays: 90,
  trafficAnalyticsEnabled: true,
  ...overrides,
});

export const VNET_ID = `${RG}/virtualNetworks/vnet-hub`;

export function snapshot(overrides: Partial<NetworkSnapshot> = {}): NetworkSnapshot {
  return {
    subscriptionId: SUBSCRIPTION,
    networkSecurityGroups: [],
    virtualNetworks: [],
    subnets: [],
    publicIps: [],
    networkWatchers: [],
    flowLogs: [],
    bastionHostIds: [],
    locationsInUse: [],
    ...overrides,
  };
}
