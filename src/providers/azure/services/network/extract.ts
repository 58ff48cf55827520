import type { EventDraft } from '../../../../core/index.js';
import { NETWORK_METRIC as N } from './metrics.js';
import { internetExposingRules, type NetworkSnapshot } from './model.js';

/** Pure: the subscription's networking → events on each resource's ARM id. */
export function* extractNetworkEvents(snapshot: NetworkSnapshot): Generator<EventDraft> {
  const fact = (
    resource_id: string,
    metric_type: string,
    metric_value: EventDraft['metric_value'],
  ) => ({
    resource_id,
    metric_type,
    metric_value,
  });
  for (const nsg of snapshot.networkSecurityGroups) {
    yield fact(nsg.id, N.nsgRuleCount, nsg.rules.length);
    yield fact(nsg.id, N.nsgAttachmentCount, nsg.subnetIds.length + nsg.networkInterfaceIds.length);
    const exposed = new Set([
      ...internetExposingRules(nsg, 'Tcp'),
      ...internetExposingRules(nsg, 'Udp'),
    ]);
    yield fact(nsg.id, N.internetExposedRules, exposed.size);
    yield fact(nsg.id, N.tags, nsg.tags);
  }
  for (const vnet of snapshot.virtualNetworks) {
    yield fact(vnet.id, N.vnetAddressPrefixes, vnet.addressPrefixes);
    yield fact(vnet.id, N.vnetSubnetCount, vnet.subnetIds.length);
    yield fact(vnet.id, N.tags, vnet.tags);
  }
  let withoutNsg = 0;
  for (const subnet of snapshot.subnets) {
    yield fact(subnet.id, N.subnetAddressPrefixes, subnet.addressPrefixes);
    if (subnet.nsgNotSupported) continue;
    yield fact(subnet.id, N.subnetHasNsg, subnet.nsgId !== undefined);
    if (!subnet.nsgId) withoutNsg += 1;
  }
  for (const ip of snapshot.publicIps) {
    if (ip.ipAddress) yield fact(ip.id, N.publicIpAddress, ip.ipAddress);
    yield fact(ip.id, N.publicIpAllocation, ip.allocationMethod);
    yield fact(ip.id, N.publicIpAttached, ip.attachedTo !== undefined);
    yield fact(ip.id, N.tags, ip.tags);
  }
  for (const watcher of snapshot.networkWatchers) {
    yield fact(watcher.id, N.watcherState, watcher.provisioningState);
  }
  for (const log of snapshot.flowLogs) {
    yield fact(log.id, N.flowLogRetentionDays, log.retentionEnabled ? log.retentionDays : -1);
  }
  const scope = `/subscriptions/${snapshot.subscriptionId}`;
  yield fact(scope, N.subnetsWithoutNsg, withoutNsg);
  const watched = new Set(snapshot.networkWatchers.map((w) => w.location));
  yield fact(
    scope,
    N.locationsWithoutWatcher,
    snapshot.locationsInUse.filter((l) => !watched.has(l)),
  );
}
