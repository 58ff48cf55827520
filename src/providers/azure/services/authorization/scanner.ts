import { defineAzureScanner } from '../../define-scanner.js';
import { AUTHORIZATION_PERMISSIONS, collectAuthorizationSnapshot } from './collector.js';
import { extractAuthorizationEvents } from './extract.js';
import { AUTHORIZATION_METRIC } from './metrics.js';

/** Azure RBAC: role assignments and custom role definitions of the subscription. */
export const authorizationScanner = defineAzureScanner({
  service: 'authorization',
  title: 'Azure role assignments and definitions',
  metrics: AUTHORIZATION_METRIC.definitions,
  permissions: AUTHORIZATION_PERMISSIONS,
  collect: collectAuthorizationSnapshot,
  extract: extractAuthorizationEvents,
});
