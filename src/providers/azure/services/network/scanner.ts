import { defineAzureScanner } from '../../define-scanner.js';
import { collectNetworkSnapshot, NETWORK_PERMISSIONS } from './collector.js';
import { extractNetworkEvents } from './extract.js';
import { NETWORK_METRIC } from './metrics.js';

/** Network security groups and rules, virtual networks and subnets, public IPs, watchers, flow logs. */
export const networkScanner = defineAzureScanner({
  service: 'network',
  title: 'Azure networking',
  metrics: NETWORK_METRIC.definitions,
  permissions: NETWORK_PERMISSIONS,
  collect: collectNetworkSnapshot,
  extract: extractNetworkEvents,
});
