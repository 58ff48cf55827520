import type { GraphRow } from '../../graph.js';
import type { JsonObject } from '../../pipeline.js';
import { arr, base, bool, isProduction, num, obj, str } from '../rows.js';
import type { BlobServiceSettings, StorageAccount } from './model.js';

/** A storage account row, its blob service left for the detail read. */
export function mapStorageAccount(row: GraphRow): Omit<StorageAccount, 'blobService'> {
  const b = base(row);
  const p = obj(row.properties);
  const acls = obj(p.networkAcls);
  const sku = str(obj(row.sku).name) ?? 'unknown';
  const keyExpiration = num(obj(p.keyPolicy).keyExpirationPeriodInDays);
  return {
    ...b,
    kind: str(row.kind) ?? 'unknown',
    sku,
    replication: sku.split('_')[1] ?? 'unknown',
    httpsOnly: bool(p.supportsHttpsTrafficOnly) ?? true,
    minimumTlsVersion: str(p.minimumTlsVersion) ?? 'TLS1_0',
    allowBlobPublicAccess: bool(p.allowBlobPublicAccess) ?? false,
    allowSharedKeyAccess: bool(p.allowSharedKeyAccess) ?? true,
    publicNetworkAccess: str(p.publicNetworkAccess) ?? 'Enabled',
    networkDefaultAction: acls.defaultAction === 'Deny' ? 'Deny' : 'Allow',
    networkBypass: (str(acls.bypass) ?? 'AzureServices').split(',').map((s) => s.trim()),
    allowCrossTenantReplication: bool(p.allowCrossTenantReplication) ?? false,
    privateEndpointCount: arr(p.privateEndpointConnections).length,
    defaultToOAuthAuthentication: bool(p.defaultToOAuthAuthentication) ?? false,
    encryptionKeySource: str(obj(p.encryption).keySource) ?? 'Microsoft.Storage',
    ...(keyExpiration !== undefined ? { keyExpirationPeriodDays: keyExpiration } : {}),
    production: isProduction(b.tags),
  };
}

/** Blob service properties, as the SDK returns them (flattened) or as raw ARM JSON. */
export function mapBlobService(value: JsonObject): BlobServiceSettings {
  const p = { ...obj(value.properties), ...value };
  const blob = obj(p.deleteRetentionPolicy);
  const container = obj(p.containerDeleteRetentionPolicy);
  const blobDays = num(blob.days);
  const containerDays = num(container.days);
  return {
    blobSoftDeleteEnabled: bool(blob.enabled) ?? false,
    ...(blobDays !== undefined ? { blobSoftDeleteDays: blobDays } : {}),
    containerSoftDeleteEnabled: bool(container.enabled) ?? false,
    ...(containerDays !== undefined ? { containerSoftDeleteDays: containerDays } : {}),
    versioningEnabled: bool(p.isVersioningEnabled) ?? false,
  };
}
