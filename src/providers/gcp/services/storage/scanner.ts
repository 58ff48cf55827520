import { defineGcpScanner } from '../../define-scanner.js';
import { collectStorageSnapshot, STORAGE_PERMISSIONS } from './collector.js';
import { extractStorageEvents } from './extract.js';
import { STORAGE_METRIC } from './metrics.js';

/** Cloud Storage buckets of one project: access model, protection, encryption, public grants. */
export const storageScanner = defineGcpScanner({
  service: 'storage',
  title: 'Cloud Storage buckets',
  metrics: STORAGE_METRIC.definitions,
  permissions: STORAGE_PERMISSIONS,
  collect: collectStorageSnapshot,
  extract: extractStorageEvents,
});
