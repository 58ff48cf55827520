/** One subscription's key vaults, in our own compact types. */
import type { DiagnosticSetting, ReadResult, Tags } from '../common/model.js';

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
  /** Diagnostic settings of the vault (an ARM detail read). */
  diagnosticSettings: ReadResult<DiagnosticSetting[]>;
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
