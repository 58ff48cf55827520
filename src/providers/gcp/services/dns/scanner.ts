import { defineGcpScanner } from '../../define-scanner.js';
import { collectDns, DNS_PERMISSIONS } from './collector.js';
import { extractDns } from './extract.js';
import { DNS_METRIC } from './metrics.js';

/** Cloud DNS managed zones of one project: visibility and DNSSEC. */
export const dnsScanner = defineGcpScanner({
  service: 'dns',
  title: 'Cloud DNS managed zones',
  metrics: DNS_METRIC.definitions,
  permissions: DNS_PERMISSIONS,
  collect: collectDns,
  extract: extractDns,
});
