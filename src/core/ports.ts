import type { CbpEvent, Category } from './event.js';
import type { Scan, ScanError, ScanStatus, ScanUnit, UnitPlan } from './scan.js';

/** Filters of GET /api/v1/events; `metric_type` ending in `.` is a prefix. */
export interface EventQuery {
  client_id?: string;
  scan_id?: string;
  resource_id?: string;
  metric_type?: string;
  category?: Category;
  since?: Date;
  until?: Date;
  limit: number;
  /** Opaque keyset cursor from the previous page. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface ScanQuery {
  client_id?: string;
  status?: ScanStatus;
  limit: number;
  cursor?: string;
}

export interface UnitOutcome {
  status: 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  error: ScanError | null;
  /** Events the unit emitted (new or already stored by an earlier attempt). */
  events: number;
}

export interface ApiKeyRecord {
  id: string;
  /** null = admin key, allowed every tenant. */
  client_id: string | null;
  name: string;
  created_at: string;
}

/** Persistence of scans, units, events, API keys and sealed credentials; SQLite and PostgreSQL implement it. */
export interface Store {
  migrate(): Promise<void>;
  close(): Promise<void>;

  createScan(scan: Scan, sealedCredentials: string | null): Promise<void>;
  getScan(id: string): Promise<Scan | null>;
  listScans(query: ScanQuery): Promise<Page<Scan>>;
  /** QUEUED → RUNNING with the plan's units; returns false if the scan is no longer QUEUED. */
  startScan(
    id: string,
    accountId: string,
    units: UnitPlan[],
    at: Date,
  ): Promise<ScanUnit[] | false>;
  /** Any non-terminal scan → FAILED, CANCELLED, … ; returns false when it was already terminal. */
  finishScan(id: string, status: ScanStatus, error: ScanError | null, at: Date): Promise<boolean>;
  getSealedCredentials(scanId: string): Promise<string | null>;

  listUnits(scanId: string): Promise<ScanUnit[]>;
  getUnit(id: string): Promise<ScanUnit | null>;
  /** QUEUED (or stale RUNNING) → RUNNING, attempts + 1; returns false when the unit is done or the scan is over. */
  claimUnit(id: string, at: Date): Promise<ScanUnit | false>;
  /**
   * Records a unit's outcome and, when it was the scan's last, the scan's final status, atomically.
   * Returns the scan as it is after the update.
   */
  finishUnit(id: string, outcome: UnitOutcome, at: Date): Promise<Scan>;

  /** Inserts events, ignoring ids already stored; returns how many were new. Adds them to the scan's count. */
  insertEvents(events: CbpEvent[]): Promise<number>;
  queryEvents(query: EventQuery): Promise<Page<CbpEvent>>;

  createApiKey(record: ApiKeyRecord, secretHash: string): Promise<void>;
  findApiKey(secretHash: string): Promise<ApiKeyRecord | null>;
  countApiKeys(): Promise<number>;
}

export type JobPayload =
  { kind: 'plan'; scan_id: string } | { kind: 'unit'; scan_id: string; unit_id: string };

export interface Job {
  id: string;
  payload: JobPayload;
  attempts: number;
}

export type JobHandler = (job: Job, signal: AbortSignal) => Promise<void>;

export interface QueueWorker {
  close(): Promise<void>;
}

/** Scan jobs between control and data plane; the embedded queue and BullMQ implement it. */
export interface JobQueue {
  enqueue(payload: JobPayload): Promise<string>;
  enqueueMany(payloads: JobPayload[]): Promise<void>;
  /** Starts consuming jobs; a handler that throws has its job retried up to the queue's limit. */
  process(handler: JobHandler, options: { concurrency: number }): QueueWorker;
  /** Jobs waiting or running. */
  depth(): Promise<{ waiting: number; active: number }>;
  close(): Promise<void>;
}

/** A destination for events besides the store (stdout, NDJSON file, the aggregator). */
export interface EventSink {
  readonly name: string;
  write(events: readonly CbpEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** Observes every cloud API call (for /metrics, logs and the bench's call counts). */
export interface ApiCallObserver {
  onCall(call: {
    provider: string;
    service: string;
    operation: string;
    region: string;
    outcome: 'success' | 'error';
    errorCode?: string;
    throttled: boolean;
    durationMs: number;
  }): void;
}

export const noopApiCallObserver: ApiCallObserver = { onCall: () => {} };
