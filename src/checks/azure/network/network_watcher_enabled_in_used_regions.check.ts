import { NETWORK } from '../../../providers/azure/services/network/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource } from '../support.js';

export default defineCheck({
  id: 'network_watcher_enabled_in_used_regions',
  scanner: NETWORK,
  reads: ['subscriptionId', 'networkWatchers', 'locationsInUse'],
  resource_type: 'AzureNetworkWatcher',
  title: 'Network Watcher is enabled in every location in use',
  description:
    'Each location where the subscription has resources has a provisioned Network Watcher.',
  severity: 'low',
  risk: 'Without Network Watcher, flow logs, connection troubleshooting and packet capture are unavailable in that location.',
  remediation: {
    text: 'Enable Network Watcher in the missing locations (or let Azure enable it automatically).',
    cli: 'az network watcher configure --resource-group NetworkWatcherRG --locations LOCATION --enabled true',
    url: 'https://learn.microsoft.com/azure/network-watcher/network-watcher-create',
  },
  compliance: { [CIS]: ['8.6'] },
  *evaluate(snapshot) {
    const watched = new Set(
      snapshot.networkWatchers
        .filter((w) => w.provisioningState === 'Succeeded')
        .map((w) => w.location),
    );
    for (const location of snapshot.locationsInUse) {
      const id = `${subscriptionResource(snapshot.subscriptionId)}/providers/Microsoft.Network/locations/${location}`;
      yield watched.has(location)
        ? pass(id, `Network Watcher is enabled in ${location}`)
        : fail(id, `${location} has resources but no Network Watcher`);
    }
  },
});
