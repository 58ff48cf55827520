import { defineMetrics } from '../../../../core/index.js';

const M = 'azure.metadata.sql';
const S = 'azure.security.sql';
const P = 'azure.performance.sql';
const A = 'azure.architecture.sql';

const readError = (name: string, what: string) => ({
  name: `${S}.${name}`,
  valueType: 'string' as const,
  description: `Call and ARM code when the ${what} could not be read.`,
});

export const SQL_METRIC = defineMetrics({
  serverVersion: { name: `${M}.server_version`, valueType: 'string', description: '12.0.' },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    description: 'Tags of the server or database, key → value.',
    role: 'resource_tags',
  },
  databaseSku: {
    name: `${M}.database_sku`,
    valueType: 'string',
    description: 'SKU of the database (GP_Gen5, S0, Basic, HS_Gen5…).',
  },
  databaseTier: {
    name: `${M}.database_tier`,
    valueType: 'string',
    description: 'Basic, Standard, Premium (DTU) or GeneralPurpose, BusinessCritical, Hyperscale.',
  },
  databaseStatus: {
    name: `${M}.database_status`,
    valueType: 'string',
    description: 'Online, Paused, Offline…',
    role: 'resource_state',
  },
  databaseMaxSize: {
    name: `${M}.database_max_size_bytes`,
    valueType: 'number',
    unit: 'bytes',
    description: 'Maximum size of the database.',
  },
  publicNetworkAccess: {
    name: `${S}.public_network_access`,
    valueType: 'string',
    description: 'Enabled, Disabled or SecuredByPerimeter.',
  },
  minimalTlsVersion: {
    name: `${S}.minimal_tls_version`,
    valueType: 'string',
    description: 'Lowest TLS version the server accepts (1.2, 1.3; None accepts every version).',
  },
  privateEndpoints: {
    name: `${S}.private_endpoint_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Private endpoint connections of the server.',
  },
  firewallRuleCount: {
    name: `${S}.firewall_rule_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Server-level firewall rules.',
  },
  firewallOpenToInternet: {
    name: `${S}.firewall_open_to_internet`,
    valueType: 'boolean',
    description:
      'A firewall rule starts at 0.0.0.0 (0.0.0.0–255.255.255.255…) or spans more than a /8.',
  },
  allowAzureServices: {
    name: `${S}.allow_all_azure_ips`,
    valueType: 'boolean',
    description: 'The AllowAllWindowsAzureIps rule (0.0.0.0–0.0.0.0) lets in every Azure address.',
  },
  auditingEnabled: {
    name: `${S}.auditing_enabled`,
    valueType: 'boolean',
    description: 'Server-level auditing is on.',
  },
  auditingRetention: {
    name: `${S}.auditing_retention_days`,
    valueType: 'number',
    unit: 'days',
    description: 'Retention of the audit logs in storage (0: unlimited).',
  },
  entraAdmin: {
    name: `${S}.entra_admin_configured`,
    valueType: 'boolean',
    description: 'A Microsoft Entra administrator is set on the server.',
  },
  entraOnly: {
    name: `${S}.entra_only_authentication`,
    valueType: 'boolean',
    description: 'Only Microsoft Entra identities may sign in (SQL authentication off).',
  },
  tdeProtector: {
    name: `${S}.tde_protector_key_type`,
    valueType: 'string',
    description: 'ServiceManaged or AzureKeyVault (a customer-managed key).',
  },
  tdeEnabled: {
    name: `${S}.tde_enabled`,
    valueType: 'boolean',
    description: 'Transparent data encryption is on for the database.',
  },
  firewallError: readError('firewall_rules_read_error', 'server’s firewall rules'),
  auditingError: readError('auditing_read_error', 'server’s auditing setting'),
  entraAdminError: readError('entra_admin_read_error', 'server’s Entra administrator'),
  protectorError: readError('encryption_protector_read_error', 'server’s TDE protector'),
  tdeError: readError('tde_read_error', 'database’s TDE state'),
  cpuAverage: {
    name: `${P}.cpu_utilization.average`,
    valueType: 'number',
    unit: 'percent',
    description: 'Mean of the hourly average cpu_percent over the window.',
    role: 'cpu_utilization_average',
  },
  cpuP95: {
    name: `${P}.cpu_utilization.p95`,
    valueType: 'number',
    unit: 'percent',
    description: '95th percentile of the hourly average cpu_percent.',
    role: 'cpu_utilization_p95',
  },
  dtuP95: {
    name: `${P}.dtu_utilization.p95`,
    valueType: 'number',
    unit: 'percent',
    description: '95th percentile of the hourly average dtu_consumption_percent (DTU model).',
  },
  storageMax: {
    name: `${P}.storage_utilization.maximum`,
    valueType: 'number',
    unit: 'percent',
    description: 'Highest storage_percent of the window (used space / max size).',
  },
  connections: {
    name: `${P}.connections`,
    valueType: 'number',
    unit: 'count',
    description: 'Successful connections over the window (connection_successful).',
  },
  idle: {
    name: `${P}.idle`,
    valueType: 'boolean',
    description:
      'Online database with average CPU below the idle threshold and no more connections than the idle database threshold.',
    role: 'idle_signal',
  },
  overprovisioned: {
    name: `${P}.overprovisioned`,
    valueType: 'boolean',
    description:
      'Online database whose p95 CPU (DTU for the DTU model) stays below the over-provisioning threshold.',
    role: 'idle_signal',
  },
  metricsError: {
    name: `${P}.metrics_read_error`,
    valueType: 'string',
    description: 'Call and code when Azure Monitor metrics could not be read.',
  },
  notZoneRedundant: {
    name: `${A}.production_database_not_zone_redundant`,
    valueType: 'boolean',
    description: 'A database tagged production that is not zone-redundant.',
  },
});
