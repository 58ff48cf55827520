import type { ColumnType, Generated } from 'kysely';

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
  /** Added by 0003-cache: the scan's paid API calls, in USD. */
  api_cost_usd: ColumnType<number, number | undefined, number>;
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
  role: Generated<string>;
  source: Generated<string>;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** One event waiting for one remote sink; `batch_id` is set once it is sealed into a batch. */
export interface OutboxTable {
  id: ColumnType<number | string, never, never>;
  sink: string;
  batch_id: string | null;
  /** The event's JSON, with its envelope. */
  event: JsonText;
}

export interface OutboxBatchesTable {
  /** The Idempotency-Key. */
  id: string;
  sink: string;
  /** `pending` (in line) or `dead` (rejected, waiting for a redrive). */
  status: string;
  /** The outbox id of its first event: batches are sent in this order. */
  first_id: Int8;
  /** The outbox id of its last event. */
  last_id: Int8;
  events: number;
  bytes: number;
  attempts: number;
  next_attempt_ms: Int8;
  status_code: number | null;
  error: string | null;
  response_body: string | null;
  created_at: string;
  failed_at: string | null;
}

export interface SinkStateTable {
  sink: string;
  delivered_events: Int8;
  delivered_batches: Int8;
  last_delivered_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  lease_owner: string | null;
  lease_expires_ms: Int8;
}

/** Answers of paid or slow APIs, kept until `expires_ms`. */
export interface ResultCacheTable {
  key: string;
  value: JsonText;
  stored_at: string;
  expires_ms: Int8;
}

export interface Database {
  scans: ScansTable;
  scan_units: ScanUnitsTable;
  scan_credentials: ScanCredentialsTable;
  events: EventsTable;
  api_keys: ApiKeysTable;
  result_cache: ResultCacheTable;
  outbox: OutboxTable;
  outbox_batches: OutboxBatchesTable;
  sink_state: SinkStateTable;
}
