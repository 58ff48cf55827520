import { defineAwsScanner } from '../../define-scanner.js';
import { extractMacie2Events } from './extract.js';
import { MACIE2_METRICS } from './metrics.js';
import { MACIE2_PERMISSIONS } from './permissions.js';

/**
 * Amazon Macie in one region: whether it is enabled (a disabled Macie told apart from a denied
 * permission), its unarchived findings counted by severity in one call, its classification jobs,
 * and whether automated sensitive data discovery runs.
 */
export const macie2Scanner = defineAwsScanner({
  service: 'macie2',
  title: 'Amazon Macie',
  scope: 'regional',
  metrics: MACIE2_METRICS,
  permissions: MACIE2_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectMacie2Snapshot(ctx),
  extract: extractMacie2Events,
});
