import type { CheckDefinition } from '../../../core/index.js';
import storage_blob_anonymous_access_disabled from './storage_blob_anonymous_access_disabled.check.js';
import storage_blob_soft_delete_enabled from './storage_blob_soft_delete_enabled.check.js';
import storage_blob_versioning_enabled from './storage_blob_versioning_enabled.check.js';
import storage_container_soft_delete_enabled from './storage_container_soft_delete_enabled.check.js';
import storage_cross_tenant_replication_disabled from './storage_cross_tenant_replication_disabled.check.js';
import storage_default_network_access_deny from './storage_default_network_access_deny.check.js';
import storage_default_to_entra_authorization from './storage_default_to_entra_authorization.check.js';
import storage_geo_redundant_for_production from './storage_geo_redundant_for_production.check.js';
import storage_minimum_tls_1_2 from './storage_minimum_tls_1_2.check.js';
import storage_private_endpoints_used from './storage_private_endpoints_used.check.js';
import storage_public_network_access_disabled from './storage_public_network_access_disabled.check.js';
import storage_secure_transfer_required from './storage_secure_transfer_required.check.js';
import storage_shared_key_access_disabled from './storage_shared_key_access_disabled.check.js';
import storage_trusted_services_allowed from './storage_trusted_services_allowed.check.js';

/** The storage account checks: one line per check. */
export const STORAGE_CHECKS: readonly CheckDefinition[] = [
  storage_blob_anonymous_access_disabled,
  storage_blob_soft_delete_enabled,
  storage_blob_versioning_enabled,
  storage_container_soft_delete_enabled,
  storage_cross_tenant_replication_disabled,
  storage_default_network_access_deny,
  storage_default_to_entra_authorization,
  storage_geo_redundant_for_production,
  storage_minimum_tls_1_2,
  storage_private_endpoints_used,
  storage_public_network_access_disabled,
  storage_secure_transfer_required,
  storage_shared_key_access_disabled,
  storage_trusted_services_allowed,
];
