import { defineMetrics } from '../../../../core/index.js';

const M = 'azure.metadata.storage';
const S = 'azure.security.storage';
const A = 'azure.architecture.storage';

export const STORAGE_METRIC = defineMetrics({
  kind: {
    name: `${M}.kind`,
    valueType: 'string',
    description: 'StorageV2, BlobStorage, FileStorage, BlockBlobStorage or Storage.',
  },
  sku: {
    name: `${M}.sku`,
    valueType: 'string',
    description: 'SKU of the account (Standard_LRS, Premium_ZRS…).',
  },
  replication: {
    name: `${M}.replication`,
    valueType: 'string',
    description: 'LRS, ZRS, GRS, RAGRS, GZRS or RAGZRS.',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    description: 'Tags of the account, key → value.',
    role: 'resource_tags',
  },
  httpsOnly: {
    name: `${S}.https_only`,
    valueType: 'boolean',
    description: 'Secure transfer required (HTTPS only).',
  },
  minimumTls: {
    name: `${S}.minimum_tls_version`,
    valueType: 'string',
    description: 'Lowest TLS version the account accepts.',
  },
  blobPublicAccess: {
    name: `${S}.blob_anonymous_access_allowed`,
    valueType: 'boolean',
    description: 'True when containers may allow anonymous reads.',
  },
  sharedKeyAccess: {
    name: `${S}.shared_key_access_allowed`,
    valueType: 'boolean',
    description: 'True when requests may be authorized with the account keys.',
  },
  publicNetworkAccess: {
    name: `${S}.public_network_access`,
    valueType: 'string',
    description: 'Enabled, Disabled or SecuredByPerimeter.',
  },
  defaultAction: {
    name: `${S}.network_default_action`,
    valueType: 'string',
    description: 'What the firewall does with traffic no rule allows (Allow or Deny).',
  },
  blobSoftDelete: {
    name: `${S}.blob_soft_delete_enabled`,
    valueType: 'boolean',
    description: 'Blob soft delete (blob service properties).',
  },
  versioning: {
    name: `${S}.blob_versioning_enabled`,
    valueType: 'boolean',
    description: 'Blob versioning (blob service properties).',
  },
  blobServiceError: {
    name: `${S}.blob_service_read_error`,
    valueType: 'string',
    description: 'Call and ARM code when the blob service properties could not be read.',
  },
  lrsOnProduction: {
    name: `${A}.lrs_on_production`,
    valueType: 'boolean',
    description:
      'True for a production-tagged account whose data lives in one datacenter (LRS) — a single-region failure loses it.',
  },
  zoneRedundant: {
    name: `${A}.zone_or_geo_redundant`,
    valueType: 'boolean',
    description: 'True when the account replicates across zones or regions (ZRS, GRS, GZRS…).',
  },
});
