import type { GcpUnitContext } from '../../define-scanner.js';
import { sqlInstanceId } from '../../ids.js';
import {
  average,
  MONITORING_PERMISSION,
  percentile,
  pointsByResource,
  round,
} from '../../monitoring.js';
import { available, guardedRead } from '../../read.js';
import type { SqlInstance, SqlPerformance, SqlSnapshot } from './model.js';

export const SQL_PERMISSIONS = ['cloudsql.instances.list', MONITORING_PERMISSION] as const;

interface RestSqlInstance {
  name?: string;
  databaseVersion?: string;
  region?: string;
  state?: string;
  instanceType?: string;
  masterInstanceName?: string;
  ipAddresses?: { type?: string; ipAddress?: string }[];
  settings?: {
    tier?: string;
    activationPolicy?: string;
    availabilityType?: string;
    dataDiskSizeGb?: string;
    userLabels?: Record<string, string>;
    ipConfiguration?: {
      ipv4Enabled?: boolean;
      requireSsl?: boolean;
      sslMode?: string;
      privateNetwork?: string;
      authorizedNetworks?: { value?: string }[];
    };
    backupConfiguration?: {
      enabled?: boolean;
      pointInTimeRecoveryEnabled?: boolean;
      binaryLogEnabled?: boolean;
    };
    databaseFlags?: { name?: string; value?: string }[];
  };
}

const PAGE = 500;

/** The project's instances (one paginated instances.list) and two Monitoring queries for them all. */
export async function collectSqlSnapshot(ctx: GcpUnitContext): Promise<SqlSnapshot> {
  const project = ctx.clients.project;
  const instances: SqlInstance[] = [];
  for await (const page of ctx.clients.pages<{ items?: RestSqlInstance[]; nextPageToken?: string }>(
    {
      api: 'sqladmin',
      operation: 'instances.list',
      path: `v1/projects/${project}/instances`,
      query: { maxResults: PAGE },
    },
    ctx.signal,
  )) {
    for (const raw of page.items ?? []) {
      const mapped = mapSqlInstance(raw, project);
      if (mapped) instances.push(mapped);
    }
  }
  const performance =
    instances.length === 0
      ? available({})
      : await guardedRead(ctx, 'monitoring.projects.timeSeries.list', () =>
          sqlPerformance(ctx, instances),
        );
  return { project, instances, performance };
}

async function sqlPerformance(
  ctx: GcpUnitContext,
  instances: readonly SqlInstance[],
): Promise<Record<string, SqlPerformance>> {
  const [cpu, connections] = await Promise.all([
    pointsByResource(ctx, {
      metricType: 'cloudsql.googleapis.com/database/cpu/utilization',
      resourceLabel: 'database_id',
      aligner: 'ALIGN_MEAN',
      alignmentSeconds: 3600,
    }),
    pointsByResource(ctx, {
      metricType: 'cloudsql.googleapis.com/database/network/connections',
      resourceLabel: 'database_id',
      aligner: 'ALIGN_MAX',
    }),
  ]);
  const out: Record<string, SqlPerformance> = {};
  for (const instance of instances) {
    // Cloud SQL's monitored resource names a database `<project>:<instance>`.
    const key = `${ctx.clients.project}:${instance.name}`;
    const hourly = cpu.get(key)?.map((fraction) => fraction * 100);
    const figures: SqlPerformance = {};
    const avg = hourly && average(hourly);
    const p95 = hourly && percentile(hourly, 95);
    if (avg !== undefined) figures.cpuAveragePercent = round(avg);
    if (p95 !== undefined) figures.cpuP95Percent = round(p95);
    const peak = connections.get(key);
    if (peak && peak.length > 0) figures.maxConnections = Math.max(...peak);
    if (Object.keys(figures).length > 0) out[instance.id] = figures;
  }
  return out;
}

function engineOf(version: string): SqlInstance['engine'] {
  if (version.startsWith('POSTGRES')) return 'postgres';
  if (version.startsWith('MYSQL')) return 'mysql';
  if (version.startsWith('SQLSERVER')) return 'sqlserver';
  return 'unknown';
}

export function mapSqlInstance(raw: RestSqlInstance, project: string): SqlInstance | undefined {
  if (!raw.name) return undefined;
  const settings = raw.settings ?? {};
  const ip = settings.ipConfiguration ?? {};
  const version = raw.databaseVersion ?? 'UNKNOWN';
  // requireSsl is the older switch; sslMode supersedes it when set.
  const sslMode =
    ip.sslMode ??
    (ip.requireSsl ? 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED' : 'ALLOW_UNENCRYPTED_AND_ENCRYPTED');
  return {
    id: sqlInstanceId(project, raw.name),
    name: raw.name,
    databaseVersion: version,
    engine: engineOf(version),
    region: raw.region ?? 'unknown',
    state: raw.state ?? 'UNKNOWN',
    tier: settings.tier ?? 'unknown',
    activationPolicy: settings.activationPolicy ?? 'ALWAYS',
    availabilityType: settings.availabilityType ?? 'ZONAL',
    diskSizeGb: Number(settings.dataDiskSizeGb ?? 0),
    labels: settings.userLabels ?? {},
    publicIpEnabled: ip.ipv4Enabled ?? false,
    publicIpAddresses: (raw.ipAddresses ?? [])
      .filter((a) => a.type === 'PRIMARY' && a.ipAddress)
      .map((a) => a.ipAddress as string),
    ...(ip.privateNetwork ? { privateNetwork: ip.privateNetwork } : {}),
    authorizedNetworks: (ip.authorizedNetworks ?? [])
      .map((n) => n.value)
      .filter((v): v is string => Boolean(v)),
    sslMode,
    backupsEnabled: settings.backupConfiguration?.enabled ?? false,
    pointInTimeRecovery:
      settings.backupConfiguration?.pointInTimeRecoveryEnabled ??
      settings.backupConfiguration?.binaryLogEnabled ??
      false,
    flags: Object.fromEntries(
      (settings.databaseFlags ?? [])
        .filter((f) => f.name)
        .map((f) => [(f.name as string).toLowerCase(), f.value ?? '']),
    ),
    ...(raw.masterInstanceName ? { replicaOf: raw.masterInstanceName } : {}),
  };
}
