import { defineMetrics } from '../../../../core/index.js';

const M = 'azure.metadata.keyvault';
const S = 'azure.security.keyvault';

export const KEYVAULT_METRIC = defineMetrics({
  sku: { name: `${M}.sku`, valueType: 'string', description: 'standard or premium.' },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    description: 'Tags of the vault, key → value.',
    role: 'resource_tags',
  },
  softDelete: {
    name: `${S}.soft_delete_enabled`,
    valueType: 'boolean',
    description: 'Deleted vaults and objects are kept for the retention period.',
  },
  purgeProtection: {
    name: `${S}.purge_protection_enabled`,
    valueType: 'boolean',
    description: 'Deleted objects cannot be purged before the retention ends.',
  },
  rbac: {
    name: `${S}.rbac_authorization`,
    valueType: 'boolean',
    description: 'Azure RBAC (not access policies) authorizes the data plane.',
  },
  publicNetworkAccess: {
    name: `${S}.public_network_access`,
    valueType: 'string',
    description: 'Enabled or Disabled.',
  },
  privateEndpoints: {
    name: `${S}.private_endpoint_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Private endpoint connections of the vault.',
  },
  auditLogging: {
    name: `${S}.audit_logging_enabled`,
    valueType: 'boolean',
    description: 'A diagnostic setting sends the vault’s AuditEvent logs somewhere.',
  },
  keyCount: {
    name: `${S}.key_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Keys of the vault (its data plane).',
  },
  keysWithoutExpiration: {
    name: `${S}.keys_without_expiration_count`,
    valueType: 'number',
    unit: 'count',
    description:
      'Enabled keys of the vault with no expiration date (certificate-managed keys left out).',
  },
  keysError: {
    name: `${S}.keys_read_error`,
    valueType: 'string',
    description: 'Call and code when the vault’s keys could not be listed (firewall, no role).',
  },
  secretCount: {
    name: `${S}.secret_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Secrets of the vault (properties only; no value is read).',
  },
  secretsWithoutExpiration: {
    name: `${S}.secrets_without_expiration_count`,
    valueType: 'number',
    unit: 'count',
    description:
      'Enabled secrets of the vault with no expiration date (certificate-managed secrets left out).',
  },
  secretsError: {
    name: `${S}.secrets_read_error`,
    valueType: 'string',
    description: 'Call and code when the vault’s secrets could not be listed (firewall, no role).',
  },
  diagnosticsError: {
    name: `${S}.diagnostic_settings_read_error`,
    valueType: 'string',
    description: 'Call and ARM code when the vault’s diagnostic settings could not be read.',
  },
});
