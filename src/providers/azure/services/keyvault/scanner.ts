import { defineAzureScanner } from '../../define-scanner.js';
import { collectKeyVaultSnapshot, KEYVAULT_FACETS, KEYVAULT_PERMISSIONS } from './collector.js';
import { extractKeyVaultEvents } from './extract.js';
import { KEYVAULT_METRIC } from './metrics.js';

/**
 * Key vaults: recoverability, authorization model, network exposure, audit logging; on each vault's
 * data plane, its keys' and secrets' expiry (facets: listed only when a check reads them).
 */
export const keyVaultScanner = defineAzureScanner({
  service: 'keyvault',
  title: 'Azure Key Vault',
  metrics: KEYVAULT_METRIC.definitions,
  permissions: KEYVAULT_PERMISSIONS,
  facets: KEYVAULT_FACETS,
  collect: collectKeyVaultSnapshot,
  extract: extractKeyVaultEvents,
});
