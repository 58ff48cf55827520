/** One project's Cloud SQL instances in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read } from '../../read.js';

export interface SqlInstance {
  /** `//cloudsql.googleapis.com/projects/P/instances/NAME` */
  id: string;
  name: string;
  /** POSTGRES_15, MYSQL_8_0, SQLSERVER_2019_STANDARD… */
  databaseVersion: string;
  engine: 'postgres' | 'mysql' | 'sqlserver' | 'unknown';
  region: string;
  /** RUNNABLE, SUSPENDED, STOPPED (activation policy NEVER), MAINTENANCE… */
  state: string;
  tier: string;
  /** ALWAYS (running) or NEVER (stopped). */
  activationPolicy: string;
  /** REGIONAL = high availability across two zones. */
  availabilityType: string;
  diskSizeGb: number;
  labels: Record<string, string>;
  publicIpEnabled: boolean;
  publicIpAddresses: string[];
  privateNetwork?: string;
  authorizedNetworks: string[];
  /** ENCRYPTED_ONLY, TRUSTED_CLIENT_CERTIFICATE_REQUIRED or ALLOW_UNENCRYPTED_AND_ENCRYPTED. */
  sslMode: string;
  backupsEnabled: boolean;
  pointInTimeRecovery: boolean;
  flags: Record<string, string>;
  /** A read replica follows its primary's backups and settings. */
  replicaOf?: string;
}

export interface SqlPerformance {
  cpuAveragePercent?: number;
  cpuP95Percent?: number;
  maxConnections?: number;
}

export interface SqlSnapshot {
  project: string;
  instances: SqlInstance[];
  /** Instance id → its window's figures. */
  performance: Read<Record<string, SqlPerformance>>;
}

/** The Cloud SQL scanner, as its checks name it. */
export const SQL = scannerRef<SqlSnapshot>('gcp', 'sql');
