import { defineMetrics } from '../../../../core/index.js';

const M = 'gcp.metadata.sql';
const S = 'gcp.security.sql';
const P = 'gcp.performance.sql';
const A = 'gcp.architecture.sql';

/** Cloud SQL facts, on each instance's full resource name. */
export const SQL_METRIC = defineMetrics({
  name: {
    name: `${M}.instance_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the Cloud SQL instance.',
  },
  databaseVersion: {
    name: `${M}.database_version`,
    valueType: 'string',
    description: 'Engine and version (POSTGRES_15, MYSQL_8_0…).',
  },
  tier: {
    name: `${M}.tier`,
    valueType: 'string',
    description: 'Machine tier (db-custom-2-7680, db-f1-micro…).',
  },
  state: {
    name: `${M}.state`,
    valueType: 'string',
    role: 'resource_state',
    description: 'RUNNABLE, SUSPENDED, STOPPED, MAINTENANCE…',
  },
  region: { name: `${M}.region`, valueType: 'string', description: 'Region of the instance.' },
  diskSizeGb: {
    name: `${M}.disk_size_gb`,
    valueType: 'number',
    unit: 'GB',
    description: 'Provisioned data disk size.',
  },
  labels: {
    name: `${M}.labels`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'User labels of the instance.',
  },
  publicIp: {
    name: `${S}.public_ip_enabled`,
    valueType: 'boolean',
    description: 'The instance has a public IPv4 address.',
  },
  authorizedNetworks: {
    name: `${S}.authorized_networks`,
    valueType: 'array',
    description: 'CIDR ranges allowed to reach the public IP.',
  },
  sslMode: {
    name: `${S}.ssl_mode`,
    valueType: 'string',
    description:
      'Which connections are accepted: ENCRYPTED_ONLY, TRUSTED_CLIENT_CERTIFICATE_REQUIRED, ALLOW_UNENCRYPTED_AND_ENCRYPTED.',
  },
  backups: {
    name: `${S}.automated_backups_enabled`,
    valueType: 'boolean',
    description: 'Automated daily backups are on.',
  },
  flags: {
    name: `${S}.database_flags`,
    valueType: 'object',
    description: 'Database flags set on the instance, name → value.',
  },
  cpuAverage: {
    name: `${P}.cpu_utilization.average`,
    valueType: 'number',
    unit: 'percent',
    role: 'cpu_utilization_average',
    description: 'Mean of hourly CPU utilization over the window.',
  },
  cpuP95: {
    name: `${P}.cpu_utilization.p95`,
    valueType: 'number',
    unit: 'percent',
    role: 'cpu_utilization_p95',
    description: '95th percentile of hourly CPU utilization.',
  },
  maxConnections: {
    name: `${P}.connections.maximum`,
    valueType: 'number',
    unit: 'count',
    description: 'Most connections open at once over the window.',
  },
  idle: {
    name: `${P}.instance_idle`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'Running, CPU below the idle threshold and never more connections than the idle limit.',
  },
  overprovisioned: {
    name: `${P}.instance_overprovisioned`,
    valueType: 'boolean',
    role: 'idle_signal',
    description: 'Running, with p95 CPU below the over-provisioned threshold.',
  },
  performanceError: {
    name: `${P}.performance_data_error`,
    valueType: 'string',
    description: 'Why Cloud Monitoring could not be read for the project (method: code).',
  },
  singleZone: {
    name: `${A}.single_zone_instance`,
    valueType: 'boolean',
    description: 'A primary without high availability (ZONAL): a zone outage stops it.',
  },
});
