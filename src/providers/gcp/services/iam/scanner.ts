import { defineGcpScanner } from '../../define-scanner.js';
import { collectIamSnapshot, IAM_PERMISSIONS } from './collector.js';
import { extractIamEvents } from './extract.js';
import { IAM_METRIC } from './metrics.js';

/** IAM of one project: service accounts, their user-managed keys, the project's policy. */
export const iamScanner = defineGcpScanner({
  service: 'iam',
  title: 'IAM service accounts, keys and project policy',
  metrics: IAM_METRIC.definitions,
  permissions: IAM_PERMISSIONS,
  collect: collectIamSnapshot,
  extract: extractIamEvents,
});
