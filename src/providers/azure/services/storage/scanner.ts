import { defineAzureScanner } from '../../define-scanner.js';
import { collectStorageSnapshot, STORAGE_PERMISSIONS } from './collector.js';
import { extractStorageEvents } from './extract.js';
import { STORAGE_METRIC } from './metrics.js';

/** Storage accounts: transport, network and access settings, blob soft delete and versioning. */
export const storageScanner = defineAzureScanner({
  service: 'storage',
  title: 'Azure Storage accounts',
  metrics: STORAGE_METRIC.definitions,
  permissions: STORAGE_PERMISSIONS,
  collect: collectStorageSnapshot,
  extract: extractStorageEvents,
});
