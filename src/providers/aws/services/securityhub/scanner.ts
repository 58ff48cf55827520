import { defineAwsScanner } from '../../define-scanner.js';
import { SECURITYHUB_PERMISSIONS } from './permissions.js';
import { extractSecurityHubEvents } from './extract.js';
import { SECURITYHUB_METRICS } from './metrics.js';

/** AWS Security Hub of one region: enabled or not, and which standards run. */
export const securityHubScanner = defineAwsScanner({
  service: 'securityhub',
  title: 'AWS Security Hub',
  scope: 'regional',
  metrics: SECURITYHUB_METRICS,
  permissions: SECURITYHUB_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectSecurityHubSnapshot(ctx),
  extract: extractSecurityHubEvents,
});
