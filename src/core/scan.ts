/** Scan and unit records: the shared vocabulary of the control plane, the data plane and the store. */

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

export const UNIT_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** Region name of a unit for an account-wide (global) service. */
export const GLOBAL_REGION = 'global';

export interface ScanOptions {
  /** Performance look-back window, in days. */
  metrics_window_days: number;
  /** Per-unit timeout, in seconds. */
  unit_timeout_seconds: number;
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
  if (failed === 0) return 'SUCCEEDED';
  return failed === units.length ? 'FAILED' : 'PARTIAL';
}
