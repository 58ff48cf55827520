import { defineGcpScanner } from '../../define-scanner.js';
import { collectComputeSnapshot, COMPUTE_PERMISSIONS } from './collector.js';
import { extractComputeEvents } from './extract.js';
import { COMPUTE_METRIC } from './metrics.js';

/**
 * Compute Engine of one project: VMs, disks, addresses, VPC networks, firewalls, their use, and
 * with options.cost the waste of idle VMs and unattached disks at the Cloud Billing Catalog's prices.
 */
export const computeScanner = defineGcpScanner({
  service: 'compute',
  title: 'Compute Engine and VPC networks',
  metrics: COMPUTE_METRIC.definitions,
  permissions: COMPUTE_PERMISSIONS,
  collect: collectComputeSnapshot,
  extract: extractComputeEvents,
});
