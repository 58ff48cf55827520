import { defineAzureScanner } from '../../define-scanner.js';
import { collectKeyVaultSnapshot, KEYVAULT_PERMISSIONS } from './collector.js';
import { extractKeyVaultEvents } from './extract.js';
import { KEYVAULT_METRIC } from './metrics.js';

/** Key vaults: recoverability, authorization model, network exposure, audit logging. */
export const keyVaultScanner = defineAzureScanner({
  service: 'keyvault',
  title: 'Azure Key Vault',
  metrics: KEYVAULT_METRIC.definitions,
  permissions: KEYVAULT_PERMISSIONS,
  collect: collectKeyVaultSnapshot,
  extract: extractKeyVaultEvents,
});
