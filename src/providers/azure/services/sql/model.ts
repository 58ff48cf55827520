/** One subscription's Azure SQL logical servers and databases, in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { ReadResult, Tags } from '../common/model.js';

export interface SqlFirewallRule {
  name: string;
  startIpAddress: string;
  endIpAddress: string;
}

/** The server's blob auditing policy (`auditingSettings/default`). */
export interface SqlAuditing {
  enabled: boolean;
  /** 0 keeps audit logs forever (or the target is not a storage account). */
  retentionDays: number;
  /** Audit records go to Log Analytics / Event Hubs through diagnostic settings. */
  azureMonitorTarget: boolean;
  storageEndpoint?: string;
}

/** The server's Microsoft Entra administrator. */
export interface SqlEntraAdmin {
  configured: boolean;
  login?: string;
  /** Only Entra identities may sign in (SQL authentication disabled). */
  entraOnly: boolean;
}

/** The TDE protector: a service-managed key or a customer-managed Key Vault key. */
export interface SqlEncryptionProtector {
  serverKeyType: 'ServiceManaged' | 'AzureKeyVault' | string;
  keyUri?: string;
  autoRotation: boolean;
}

export interface SqlServer {
  id: string;
  name: string;
  location: string;
  resourceGroup: string;
  version: string;
  /** `1.0`, `1.1`, `1.2`, `1.3` or `None` (every version accepted). */
  minimalTlsVersion: string;
  /** `Enabled`, `Disabled` or `SecuredByPerimeter`. */
  publicNetworkAccess: string;
  privateEndpointCount: number;
  tags: Tags;
  firewallRules: ReadResult<SqlFirewallRule[]>;
  auditing: ReadResult<SqlAuditing>;
  /** From the graph row's `administrators` when present, else the administrators detail read. */
  entraAdmin: ReadResult<SqlEntraAdmin>;
  encryptionProtector: ReadResult<SqlEncryptionProtector>;
}

export interface SqlDatabaseMetrics {
  cpuAveragePercent: number;
  cpuP95Percent: number;
  /** DTU-model databases only. */
  dtuP95Percent?: number;
  /** Highest storage_percent of the window (not reported by Hyperscale). */
  storageMaxPercent?: number;
  /** Successful connections over the whole window. */
  connections: number;
  samples: number;
}

export interface SqlDatabase {
  id: string;
  name: string;
  serverId: string;
  serverName: string;
  location: string;
  resourceGroup: string;
  /** `GP_Gen5`, `S0`, `Basic`… and its tier (`GeneralPurpose`, `Standard`, `Hyperscale`…). */
  skuName: string;
  skuTier: string;
  /** `Online`, `Paused`, `Offline`… */
  status: string;
  maxSizeBytes: number;
  zoneRedundant: boolean;
  /** The database is in an elastic pool (the pool, not the database, is sized). */
  elasticPoolId?: string;
  production: boolean;
  tags: Tags;
  /** Transparent data encryption state (an ARM detail read). */
  tde: ReadResult<{ enabled: boolean }>;
  metrics?: SqlDatabaseMetrics;
}

export interface SqlSnapshot {
  subscriptionId: string;
  servers: SqlServer[];
  /** User databases (each server's `master` excluded). */
  databases: SqlDatabase[];
  /** The batch metrics read, as a whole. */
  metricsRead: ReadResult<null>;
  windowDays: number;
}

/** DTU purchasing-model tiers (the others are vCore). */
export const DTU_TIERS: ReadonlySet<string> = new Set(['basic', 'standard', 'premium']);

/** A rule letting in the whole IPv4 Internet, or every Azure address (`AllowAllWindowsAzureIps`). */
export function openRuleKind(rule: SqlFirewallRule): 'internet' | 'azure' | 'wide' | undefined {
  if (rule.startIpAddress === '0.0.0.0' && rule.endIpAddress === '0.0.0.0') return 'azure';
  if (rule.startIpAddress === '0.0.0.0') return 'internet';
  const size = ipv4(rule.endIpAddress) - ipv4(rule.startIpAddress) + 1;
  // Wider than a /8 (16.7 million addresses): a large swathe of the Internet.
  return Number.isFinite(size) && size > 2 ** 24 ? 'wide' : undefined;
}

function ipv4(address: string): number {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return NaN;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

/** The Azure SQL scanner, as its checks name it. */
export const SQL = scannerRef<SqlSnapshot>('azure', 'sql');
