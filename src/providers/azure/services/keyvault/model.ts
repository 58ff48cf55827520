/** One subscription's key vaults, in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { DiagnosticSetting, ReadResult, Tags } from '../common/model.js';

/** A key or secret of a vault, from its data-plane listing: properties only, never a value. */
export interface VaultItem {
  /** The key's or secret's name (the last segment of its `kid` / `id`). */
  name: string;
  enabled: boolean;
  /** Expiry (`attributes.exp`, ISO 8601); absent when none is set. */
  expires?: string;
  /** Managed by Key Vault (the key or secret behind a certificate). */
  managed: boolean;
}

export interface KeyVault {
  id: string;
  name: string;
  location: string;
  resourceGroup: string;
  sku: string;
  softDeleteEnabled: boolean;
  softDeleteRetentionDays?: number;
  purgeProtectionEnabled: boolean;
  rbacAuthorization: boolean;
  publicNetworkAccess: string;
  networkDefaultAction: 'Allow' | 'Deny';
  privateEndpointCount: number;
  tags: Tags;
  /** `https://{vault}.vault.azure.net/`: the data plane, called only inside the configured cloud. */
  vaultUri?: string;
  /** Diagnostic settings of the vault (an ARM detail read). */
  diagnosticSettings: ReadResult<DiagnosticSetting[]>;
  /** Keys of the vault (data plane `GET {vaultUri}/keys`, every page). */
  keys: ReadResult<VaultItem[]>;
  /** Secrets' properties (data plane `GET {vaultUri}/secrets`, every page; no value is read). */
  secrets: ReadResult<VaultItem[]>;
}

export interface KeyVaultSnapshot {
  subscriptionId: string;
  vaults: KeyVault[];
}

/** True when a setting sends the vault's AuditEvent logs somewhere (category or group). */
export function logsAuditEvents(setting: DiagnosticSetting): boolean {
  return (
    setting.enabledCategories.includes('AuditEvent') ||
    setting.enabledCategoryGroups.some((g) => g === 'audit' || g === 'allLogs')
  );
}

/**
 * The items CIS 9.3.1–9.3.4 judge: enabled, and not managed by Key Vault (a certificate's key and
 * secret expire with the certificate; `az keyvault key|secret list` leaves them out too).
 */
export function judgedItems(items: readonly VaultItem[]): VaultItem[] {
  return items.filter((i) => i.enabled && !i.managed);
}

/** Judged items without an expiration date: what CIS 9.3.1–9.3.4 fail on. */
export function withoutExpiration(items: readonly VaultItem[]): VaultItem[] {
  return judgedItems(items).filter((i) => i.expires === undefined);
}

/** The Key Vault scanner, as its checks name it. */
export const KEYVAULT = scannerRef<KeyVaultSnapshot>('azure', 'keyvault');
