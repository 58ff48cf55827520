import type { CheckDefinition } from '../../../core/index.js';
import keyvault_audit_logging_enabled from './keyvault_audit_logging_enabled.check.js';
import keyvault_non_rbac_key_expiration_set from './keyvault_non_rbac_key_expiration_set.check.js';
import keyvault_non_rbac_secret_expiration_set from './keyvault_non_rbac_secret_expiration_set.check.js';
import keyvault_private_endpoints_used from './keyvault_private_endpoints_used.check.js';
import keyvault_public_access_disabled_with_private_endpoint from './keyvault_public_access_disabled_with_private_endpoint.check.js';
import keyvault_rbac_enabled from './keyvault_rbac_enabled.check.js';
import keyvault_rbac_key_expiration_set from './keyvault_rbac_key_expiration_set.check.js';
import keyvault_rbac_secret_expiration_set from './keyvault_rbac_secret_expiration_set.check.js';
import keyvault_recoverable from './keyvault_recoverable.check.js';

/** The keyvault checks: one line per check. */
export const KEYVAULT_CHECKS: readonly CheckDefinition[] = [
  keyvault_audit_logging_enabled,
  keyvault_non_rbac_key_expiration_set,
  keyvault_non_rbac_secret_expiration_set,
  keyvault_private_endpoints_used,
  keyvault_public_access_disabled_with_private_endpoint,
  keyvault_rbac_enabled,
  keyvault_rbac_key_expiration_set,
  keyvault_rbac_secret_expiration_set,
  keyvault_recoverable,
];
