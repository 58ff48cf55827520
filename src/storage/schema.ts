import type { ColumnType } from 'kysely';

/**
 * The SQL dialects the store runs on. Both share one schema and one set of migrations; where a
 * column type differs, `columnTypes` in migrations/column-types.ts branches on this flag.
 */
export type SqlDialect = 'sqlite' | 'postgres';

/** 64-bit integers: numbers on SQLite, strings on PostgreSQL (node-postgres returns `bigint` as text). */
export type Int8 = ColumnType<number | string, number, number | string>;

/** JSON stored as text, the same on both dialects. */
type JsonText = string;

export interface ScansTable {
  id: string;
  client_id: string;
  provider: string;
  services: JsonText;
  requested_regions: JsonText | null;
  auth_mode: JsonText;
  options: JsonText;
  status: string;
  account_id: string | null;
  units_total: number;
  units_done: number;
  units_failed: number;
  events_count: Int8;
  error: JsonText | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ScanUnitsTable {
  id: string;
  scan_id: string;
  account_id: string;
  service: string;
  region: string;
  status: string;
  attempts: number;
  events: number;
  error: JsonText | null;
  started_at: string | null;
  finished_at: string | null;
}

export interface ScanCredentialsTable {
  scan_id: string;
  /** Ciphertext only; the row is deleted when its scan reaches a terminal status. */
  sealed: string;
}

export interface EventsTable {
  /** Assigned by the database, in insertion order. */
  seq: ColumnType<number | string, never, never>;
  event_id: string;
  scan_id: string;
  client_id: string;
  provider: string;
  account_id: string;
  region: string;
  service: string;
  category: string;
  resource_id: string;
  metric_type: string;
  metric_value: JsonText;
  /** The wire value, with its Europe/Paris offset. */
  timestamp: string;
  /** The same instant in epoch milliseconds, for range filters. */
  ts_ms: Int8;
}

export interface ApiKeysTable {
  id: string;
  client_id: string | null;
  name: string;
  secret_hash: string;
  created_at: string;
}

export interface Database {
  scans: ScansTable;
  scan_units: ScanUnitsTable;
  scan_credentials: ScanCredentialsTable;
  events: EventsTable;
  api_keys: ApiKeysTable;
}
