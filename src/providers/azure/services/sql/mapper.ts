import type { GraphRow } from '../../graph.js';
import type { JsonObject } from '../../pipeline.js';
import { mean, percentile, round2, seriesByResource, values } from '../metrics-batch.js';
import { arr, base, bool, isProduction, num, obj, str } from '../rows.js';
import type {
  SqlAuditing,
  SqlDatabase,
  SqlDatabaseMetrics,
  SqlEncryptionProtector,
  SqlEntraAdmin,
  SqlFirewallRule,
  SqlServer,
} from './model.js';

/** An ARM object as the SDK returns it (properties flattened) or as raw REST JSON. */
const flat = (value: JsonObject): JsonObject => ({ ...obj(value.properties), ...value });

type ServerFromGraph = Omit<
  SqlServer,
  'firewallRules' | 'auditing' | 'entraAdmin' | 'encryptionProtector'
> & {
  /** The Entra administrator when the graph row carries it. */
  graphEntraAdmin?: SqlEntraAdmin;
};

export function mapSqlServer(row: GraphRow): ServerFromGraph {
  const b = base(row);
  const p = obj(row.properties);
  const admins = p.administrators;
  return {
    ...b,
    version: str(p.version) ?? '12.0',
    // A server created before the property existed accepts every TLS version.
    minimalTlsVersion: str(p.minimalTlsVersion) ?? 'None',
    publicNetworkAccess: str(p.publicNetworkAccess) ?? 'Enabled',
    privateEndpointCount: arr(p.privateEndpointConnections).length,
    ...(admins && typeof admins === 'object'
      ? { graphEntraAdmin: mapEntraAdmin(obj(admins)) }
      : {}),
  };
}

/** `administrators` of a server row, or one entry of Server Azure AD Administrators - List. */
export function mapEntraAdmin(value: JsonObject | undefined): SqlEntraAdmin {
  if (!value) return { configured: false, entraOnly: false };
  const v = flat(value);
  const login = str(v.login);
  return {
    configured: str(v.administratorType) === 'ActiveDirectory' && !!(login || str(v.sid)),
    ...(login ? { login } : {}),
    entraOnly: bool(v.azureADOnlyAuthentication) ?? false,
  };
}

export function mapFirewallRule(value: JsonObject): SqlFirewallRule {
  const v = flat(value);
  return {
    name: str(v.name) ?? '',
    startIpAddress: str(v.startIpAddress) ?? '',
    endIpAddress: str(v.endIpAddress) ?? '',
  };
}

/** The server's `default` auditing setting (a server has exactly one). */
export function mapAuditing(list: readonly JsonObject[]): SqlAuditing {
  const setting = list.map(flat).find((s) => (str(s.name) ?? 'default') === 'default') ?? {};
  const storageEndpoint = str(setting.storageEndpoint);
  return {
    enabled: str(setting.state) === 'Enabled',
    retentionDays: num(setting.retentionDays) ?? 0,
    azureMonitorTarget: bool(setting.isAzureMonitorTargetEnabled) ?? false,
    ...(storageEndpoint ? { storageEndpoint } : {}),
  };
}

export function mapEncryptionProtector(list: readonly JsonObject[]): SqlEncryptionProtector {
  const current = list.map(flat)[0] ?? {};
  const keyUri = str(current.uri);
  return {
    serverKeyType: str(current.serverKeyType) ?? 'ServiceManaged',
    ...(keyUri ? { keyUri } : {}),
    autoRotation: bool(current.autoRotationEnabled) ?? false,
  };
}

export function mapTde(list: readonly JsonObject[]): { enabled: boolean } {
  return { enabled: list.map(flat).some((t) => str(t.state) === 'Enabled') };
}

/** `…/servers/{server}` of a database id. */
export const serverIdOf = (databaseId: string) => databaseId.replace(/\/databases\/[^/]+$/i, '');

export function mapSqlDatabase(row: GraphRow): Omit<SqlDatabase, 'tde'> {
  const b = base(row);
  const p = obj(row.properties);
  const sku = { ...obj(p.currentSku), ...obj(row.sku) };
  const serverId = serverIdOf(b.id);
  const elasticPoolId = str(p.elasticPoolId);
  return {
    ...b,
    serverId,
    serverName: serverId.split('/').pop() ?? '',
    skuName: str(sku.name) ?? str(p.currentServiceObjectiveName) ?? 'unknown',
    skuTier: str(sku.tier) ?? 'unknown',
    status: str(p.status) ?? 'unknown',
    maxSizeBytes: num(p.maxSizeBytes) ?? 0,
    zoneRedundant: bool(p.zoneRedundant) ?? false,
    ...(elasticPoolId ? { elasticPoolId } : {}),
    production: isProduction(b.tags),
  };
}

/** `master` (and other system databases) are the server's own: their kind says `system`. */
export function isUserDatabase(row: GraphRow): boolean {
  return !/(^|,)system(,|$)/i.test(str(row.kind) ?? '') && str(row.name) !== 'master';
}

/** `metrics:getBatch` answers → per database (lower-cased id) its CPU, DTU, storage, connections. */
export function sqlMetricsFrom(answers: readonly JsonObject[]): Map<string, SqlDatabaseMetrics> {
  const out = new Map<string, SqlDatabaseMetrics>();
  for (const [id, series] of seriesByResource(answers)) {
    const cpu = values(series.get('cpu_percent'), 'average');
    if (cpu.length === 0) continue;
    const dtu = values(series.get('dtu_consumption_percent'), 'average');
    const storage = values(series.get('storage_percent'), 'maximum');
    const connections = values(series.get('connection_successful'), 'total');
    out.set(id, {
      cpuAveragePercent: round2(mean(cpu)),
      cpuP95Percent: round2(percentile(cpu, 95)),
      ...(dtu.length ? { dtuP95Percent: round2(percentile(dtu, 95)) } : {}),
      ...(storage.length ? { storageMaxPercent: round2(Math.max(...storage)) } : {}),
      connections: connections.reduce((a, b) => a + b, 0),
      samples: cpu.length,
    });
  }
  return out;
}
