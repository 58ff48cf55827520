/** Scan and unit records: the shared vocabulary of the control plane, the data plane and the store. */

import type { Severity } from './check.js';

export const SCAN_STATUSES = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'PARTIAL',
  'FAILED',
  'CANCELLED',
] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];
export const TERMINAL_SCAN_STATUSES: readonly ScanStatus[] = [
  'SUCCEEDED',
  'PARTIAL',
  'FAILED',
  'CANCELLED',
];

/**
 * A unit is PARTIAL when it ran to its end but some of what its checks read could not be read
 * (denied, failed): its results are stored, those checks say ERROR, and its error names them.
 */
export const UNIT_STATUSES = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'PARTIAL',
  'FAILED',
  'CANCELLED',
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const TERMINAL_UNIT_STATUSES: readonly UnitStatus[] = [
  'SUCCEEDED',
  'PARTIAL',
  'FAILED',
  'CANCELLED',
];

/** Region name of a unit for an account-wide (global) service. */
export const GLOBAL_REGION = 'global';

export interface ScanOptions {
  /** Performance look-back window, in days. */
  metrics_window_days: number;
  /** Per-unit timeout, in seconds. */
  unit_timeout_seconds: number;
  /** Only these security checks (ids); every check of the scanned services when absent. */
  checks?: string[];
  /** Security checks left out. */
  exclude_checks?: string[];
  /** Only security checks of these severities. */
  severity?: Severity[];
  /** Only security checks mapped to one of these compliance frameworks (`cis_aws_7.0`, …). */
  frameworks?: string[];
  /**
   * Check settings: thresholds overriding their defaults (access key age, inactivity days, …) and
   * lists (`trusted_account_ids`, `required_tags`: tag key → allowed values).
   */
  check_config?: Record<string, number | string[] | Record<string, string[]>>;
  /**
   * Where the events go besides the store (`opsteamize`, `webhook`, `stdout`, `ndjson`); absent =
   * the tenant's sinks, else the default ones.
   */
  sinks?: string[];
  /** CloudWatch period in seconds (a multiple of 3600); unset = one period spanning the window. */
  metrics_period_seconds?: number;
  /** Opt-in: Cost Explorer (paid per request) and per-resource waste in dollars (Price List). */
  cost?: boolean;
  /** Months of monthly Cost Explorer history, the current one included (default 6). */
  cost_months?: number;
  /** Overrides of the performance and cost signal thresholds; the others take DEFAULT_THRESHOLDS. */
  thresholds?: Partial<Thresholds>;
}

/** Limits of the derived performance and cost signals (idle, over-provisioned, burst, old). */
export interface Thresholds {
  /** Idle: average CPU below this, in percent… */
  idle_cpu_percent: number;
  /** …and network in + out below this many bytes per day on average. */
  idle_network_bytes_per_day: number;
  /** An idle database: average CPU below idle_cpu_percent and never more connections than this. */
  idle_db_connections: number;
  /** Over-provisioned (rightsizing candidate): p95 CPU below this, in percent… */
  overprovisioned_cpu_p95_percent: number;
  /** …and, where the CloudWatch agent reports it, highest memory use below this, in percent. */
  overprovisioned_memory_percent: number;
  /** A volume with no I/O: fewer read + write operations than this per day on average. */
  idle_volume_ops_per_day: number;
  /** Burst credits exhausted: the lowest BurstBalance of the window at or below this, in percent. */
  burst_balance_low_percent: number;
  /** An old snapshot: started more than this many days ago. */
  old_snapshot_days: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  idle_cpu_percent: 5,
  idle_network_bytes_per_day: 5_000_000,
  idle_db_connections: 0,
  overprovisioned_cpu_p95_percent: 40,
  overprovisioned_memory_percent: 50,
  idle_volume_ops_per_day: 1,
  burst_balance_low_percent: 10,
  old_snapshot_days: 90,
};

/** The thresholds a scan applies: its overrides over the defaults. */
export function thresholdsOf(options: Pick<ScanOptions, 'thresholds'>): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...options.thresholds };
}

export const DEFAULT_SCAN_OPTIONS: ScanOptions = {
  metrics_window_days: 14,
  unit_timeout_seconds: 900,
};

/** An auth mode as stored: every secret replaced by a mask. */
export type RedactedAuthMode = { type: string } & Record<string, string | number | boolean>;

export interface ScanProgress {
  units_total: number;
  units_done: number;
  units_failed: number;
  events: number;
}

export interface ScanError {
  code: string;
  message: string;
}

export interface Scan {
  id: string;
  client_id: string;
  provider: string;
  services: string[];
  /** The regions the request named; null = the account's enabled regions. */
  requested_regions: string[] | null;
  auth_mode: RedactedAuthMode;
  options: ScanOptions;
  status: ScanStatus;
  account_id: string | null;
  progress: ScanProgress;
  /** What the scan's paid API calls (Cost Explorer, CloudWatch GetMetricData) cost, in USD. */
  api_cost_usd?: number;
  error: ScanError | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ScanUnit {
  id: string;
  scan_id: string;
  /** The cloud account the unit scans (an organization scan has several). */
  account_id: string;
  service: string;
  region: string;
  status: UnitStatus;
  attempts: number;
  events: number;
  error: ScanError | null;
  started_at: string | null;
  finished_at: string | null;
}

export interface UnitPlan {
  account_id: string;
  service: string;
  region: string;
  /** Set when the unit cannot run at all (its account's role cannot be assumed): created FAILED. */
  failure?: ScanError;
}

/** Status of a finished scan, from its units. */
export function finalStatus(units: Pick<ScanUnit, 'status'>[]): ScanStatus {
  if (units.length === 0) return 'FAILED';
  const failed = units.filter((u) => u.status === 'FAILED').length;
  if (units.some((u) => u.status === 'CANCELLED')) return 'CANCELLED';
  if (failed === units.length) return 'FAILED';
  return failed === 0 && units.every((u) => u.status === 'SUCCEEDED') ? 'SUCCEEDED' : 'PARTIAL';
}
