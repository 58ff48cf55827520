/** One subscription's storage accounts, in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { ReadResult, Tags } from '../common/model.js';

export interface BlobServiceSettings {
  blobSoftDeleteEnabled: boolean;
  blobSoftDeleteDays?: number;
  containerSoftDeleteEnabled: boolean;
  containerSoftDeleteDays?: number;
  versioningEnabled: boolean;
}

export interface StorageAccount {
  id: string;
  name: string;
  location: string;
  resourceGroup: string;
  kind: string;
  /** `Standard_LRS`, `Standard_GRS`, `Premium_ZRS`… */
  sku: string;
  /** `LRS`, `ZRS`, `GRS`, `RAGRS`, `GZRS`, `RAGZRS`. */
  replication: string;
  httpsOnly: boolean;
  /** `TLS1_0`, `TLS1_1`, `TLS1_2`, `TLS1_3`; TLS1_0 when the account does not say. */
  minimumTlsVersion: string;
  allowBlobPublicAccess: boolean;
  /** Absent means allowed (shared key is on unless explicitly disabled). */
  allowSharedKeyAccess: boolean;
  publicNetworkAccess: string;
  networkDefaultAction: 'Allow' | 'Deny';
  /** `AzureServices`, `Logging`, `Metrics`, `None` (comma-separated in ARM). */
  networkBypass: string[];
  allowCrossTenantReplication: boolean;
  privateEndpointCount: number;
  defaultToOAuthAuthentication: boolean;
  /** `Microsoft.Storage` or `Microsoft.Keyvault` (customer-managed key). */
  encryptionKeySource: string;
  keyExpirationPeriodDays?: number;
  production: boolean;
  tags: Tags;
  /** Blob service properties (an ARM detail read: the graph lacks them). */
  blobService: ReadResult<BlobServiceSettings>;
}

export interface StorageSnapshot {
  subscriptionId: string;
  accounts: StorageAccount[];
}

const TLS_ORDER = ['TLS1_0', 'TLS1_1', 'TLS1_2', 'TLS1_3'];

/** True when the account refuses anything below TLS 1.2. */
export function requiresTls12(account: Pick<StorageAccount, 'minimumTlsVersion'>): boolean {
  return TLS_ORDER.indexOf(account.minimumTlsVersion) >= TLS_ORDER.indexOf('TLS1_2');
}

export function isGeoRedundant(account: Pick<StorageAccount, 'replication'>): boolean {
  return /GRS|GZRS/.test(account.replication);
}

/** The Storage account scanner, as its checks name it. */
export const STORAGE = scannerRef<StorageSnapshot>('azure', 'storage');
