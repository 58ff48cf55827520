import { defineGcpScanner } from '../../define-scanner.js';
import { collectKms, KMS_PERMISSIONS } from './collector.js';
import { extractKms } from './extract.js';
import { KMS_METRIC } from './metrics.js';

/** Cloud KMS keys of one project, every location: rotation and public grants. */
export const kmsScanner = defineGcpScanner({
  service: 'kms',
  title: 'Cloud KMS keys',
  metrics: KMS_METRIC.definitions,
  permissions: KMS_PERMISSIONS,
  collect: collectKms,
  extract: extractKms,
});
