import type {
  SqlDatabase,
  SqlServer,
  SqlSnapshot,
} from '../../../providers/azure/services/sql/model.js';
import { SCOPE, SUBSCRIPTION } from '../testing.js';

/** A server as the collector gives it when every read answered, configured to pass every check. */
export function server(name: string, overrides: Partial<SqlServer> = {}): SqlServer {
  return {
    id: `${SCOPE}/resourceGroups/rg-data/providers/Microsoft.Sql/servers/${name}`,
    name,
    location: 'westeurope',
    resourceGroup: 'rg-data',
    version: '12.0',
    minimalTlsVersion: '1.2',
    publicNetworkAccess: 'Disabled',
    privateEndpointCount: 1,
    tags: {},
    firewallRules: { state: 'available', value: [] },
    auditing: {
      state: 'available',
      value: { enabled: true, retentionDays: 120, azureMonitorTarget: true },
    },
    entraAdmin: {
      state: 'available',
      value: { configured: true, login: 'sql-admins', entraOnly: true },
    },
    encryptionProtector: {
      state: 'available',
      value: {
        serverKeyType: 'AzureKeyVault',
        keyUri: 'https://kv-data.vault.azure.net/keys/tde/0123456789abcdef0123456789abcdef',
        autoRotation: true,
      },
    },
    ...overrides,
  };
}

export function database(
  name: string,
  on: SqlServer,
  overrides: Partial<SqlDatabase> = {},
): SqlDatabase {
  return {
    id: `${on.id}/databases/${name}`,
    name,
    serverId: on.id,
    serverName: on.name,
    location: on.location,
    resourceGroup: on.resourceGroup,
    skuName: 'GP_S_Gen5',
    skuTier: 'GeneralPurpose',
    status: 'Online',
    maxSizeBytes: 34359738368,
    zoneRedundant: false,
    production: false,
    tags: {},
    tde: { state: 'available', value: { enabled: true } },
    ...overrides,
  };
}

export const snapshot = (servers: SqlServer[], databases: SqlDatabase[] = []): SqlSnapshot => ({
  subscriptionId: SUBSCRIPTION,
  servers,
  databases,
  metricsRead: { state: 'available', value: null },
  windowDays: 14,
});

export const rule = (name: string, startIpAddress: string, endIpAddress = startIpAddress) => ({
  name,
  startIpAddress,
  endIpAddress,
});
