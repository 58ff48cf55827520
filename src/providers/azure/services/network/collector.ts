import type { AzureUnitContext } from '../../define-scanner.js';
import type { InventoryQuery } from '../../clients.js';
import { mapNetwork } from './mapper.js';
import type { NetworkSnapshot } from './model.js';

export const NETWORK_INVENTORY: InventoryQuery = {
  kind: 'network',
  kql: `Resources
| where type in~ ('microsoft.network/networksecuritygroups', 'microsoft.network/virtualnetworks', 'microsoft.network/publicipaddresses', 'microsoft.network/networkwatchers', 'microsoft.network/networkwatchers/flowlogs', 'microsoft.network/bastionhosts')
| project id, name, type, location, resourceGroup, subscriptionId, tags, sku, properties`,
};

/** Where the subscription has resources: one row per location (Network Watcher coverage). */
export const LOCATIONS_IN_USE: InventoryQuery = {
  kind: 'locations',
  kql: `Resources
| where location != '' and location !~ 'global'
| distinct subscriptionId, location`,
};

export const NETWORK_PERMISSIONS = [
  'Microsoft.ResourceGraph/resources/read',
  'Microsoft.Network/networkSecurityGroups/read',
  'Microsoft.Network/virtualNetworks/read',
  'Microsoft.Network/publicIPAddresses/read',
  'Microsoft.Network/networkWatchers/read',
  'Microsoft.Network/networkWatchers/flowLogs/read',
  'Microsoft.Network/bastionHosts/read',
  'Microsoft.Resources/subscriptions/resources/read',
] as const;

/** The subscription's networking from two grouped Resource Graph queries; no per-resource call. */
export async function collectNetworkSnapshot(ctx: AzureUnitContext): Promise<NetworkSnapshot> {
  const [rows, locations] = await Promise.all([
    ctx.clients.inventory(NETWORK_INVENTORY, ctx.signal),
    ctx.clients.inventory(LOCATIONS_IN_USE, ctx.signal),
  ]);
  return mapNetwork(ctx.accountId, rows, locations);
}
