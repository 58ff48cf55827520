import { defineAzureScanner } from '../../define-scanner.js';
import { collectComputeSnapshot, COMPUTE_PERMISSIONS } from './collector.js';
import { extractComputeEvents } from './extract.js';
import { COMPUTE_METRIC } from './metrics.js';

/** Virtual machines (power state, CPU, network, idle and over-provisioned) and managed disks. */
export const computeScanner = defineAzureScanner({
  service: 'compute',
  title: 'Azure virtual machines and disks',
  metrics: COMPUTE_METRIC.definitions,
  permissions: COMPUTE_PERMISSIONS,
  collect: collectComputeSnapshot,
  extract: extractComputeEvents,
});
