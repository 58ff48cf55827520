import { defineAwsScanner } from '../../define-scanner.js';
import { extractInspector2Events } from './extract.js';
import { INSPECTOR2_METRICS } from './metrics.js';
import { INSPECTOR2_PERMISSIONS } from './permissions.js';

/**
 * Amazon Inspector in one region: which scan types (EC2, ECR, Lambda, Lambda code) run for the
 * account, its active findings counted by severity in one aggregation call (never a listing of
 * findings), and how many resources it covers by type.
 */
export const inspector2Scanner = defineAwsScanner({
  service: 'inspector2',
  title: 'Amazon Inspector',
  scope: 'regional',
  metrics: INSPECTOR2_METRICS,
  permissions: INSPECTOR2_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectInspector2Snapshot(ctx),
  extract: extractInspector2Events,
});
