import { defineAwsScanner } from '../../define-scanner.js';
import { collectSecurityHubSnapshot, SECURITYHUB_PERMISSIONS } from './collector.js';
import { extractSecurityHubEvents } from './extract.js';
import { SECURITYHUB_METRICS } from './metrics.js';

/** AWS Security Hub of one region: enabled or not, and which standards run. */
export const securityHubScanner = defineAwsScanner({
  service: 'securityhub',
  title: 'AWS Security Hub',
  scope: 'regional',
  metrics: SECURITYHUB_METRICS,
  permissions: SECURITYHUB_PERMISSIONS,
  collect: collectSecurityHubSnapshot,
  extract: extractSecurityHubEvents,
});
