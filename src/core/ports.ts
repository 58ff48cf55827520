import type { CbpEvent, Category, JsonValue } from './event.js';
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
  status: 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
  error: ScanError | null;
  /** Events the unit emitted (new or already stored by an earlier attempt). */
  events: number;
  /** What the unit's paid API calls cost, in USD; added to the scan's api_cost_usd. */
  api_cost_usd?: number;
}

/** What a key may do: `admin` every tenant and the keys; the others one tenant's data. */
export const API_KEY_ROLES = ['admin', 'read_write', 'read_only'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export interface ApiKeyRecord {
  id: string;
  /** null = admin key, allowed every tenant. */
  client_id: string | null;
  name: string;
  created_at: string;
  /** Defaults to `admin` without a client, `read_write` with one. */
  role?: ApiKeyRole;
  /** `env` for the keys seeded from CLOUDDIAGNOZE_API_KEYS; `store` (default) for the others. */
  source?: 'env' | 'store';
}

/** An API key as stored (never its secret). */
export interface StoredApiKey extends ApiKeyRecord {
  role: ApiKeyRole;
  source: 'env' | 'store';
  last_used_at: string | null;
  revoked_at: string | null;
}

/** How long the reaper leaves work that may still be going on before it ends it. */
export interface ReapPolicy {
  /** A unit still RUNNING this long after its scan ended (cancelled) is CANCELLED. */
  endedScanGraceMs: number;
  /** A unit RUNNING this long past its start plus its scan's unit timeout is FAILED: nobody runs it. */
  abandonedGraceMs: number;
}

/** What one reaping pass ended. */
export interface ReapReport {
  /** Units of ended scans moved to CANCELLED. */
  cancelledUnits: number;
  /** Units no worker finished in time, moved to FAILED. */
  abandonedUnits: number;
  /** Scans that reached their final status in this pass. */
  endedScans: number;
  /** Sealed credentials of ended scans deleted in this pass. */
  deletedCredentials: number;
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
  /**
   * Deletes a scan that never started (QUEUED, no unit) and its credentials: a submission that
   * could not be queued leaves nothing behind. Returns false when there was no such scan.
   */
  discardScan(id: string): Promise<boolean>;

  listUnits(scanId: string): Promise<ScanUnit[]>;
  getUnit(id: string): Promise<ScanUnit | null>;
  /** QUEUED (or stale RUNNING) → RUNNING, attempts + 1; returns false when the unit is done or the scan is over. */
  claimUnit(id: string, at: Date): Promise<ScanUnit | false>;
  /**
   * Records a unit's outcome and, when it was the scan's last, the scan's final status, atomically.
   * Returns the scan as it is after the update.
   */
  finishUnit(id: string, outcome: UnitOutcome, at: Date): Promise<Scan>;
  /**
   * Ends what nobody will end otherwise: units of ended scans, units whose worker is gone (past
   * their timeout), scans whose units are all done; deletes the sealed credentials of ended scans.
   */
  reap(at: Date, policy: ReapPolicy): Promise<ReapReport>;

  /**
   * Inserts events, ignoring ids already stored; returns how many were new. Adds them to the scan's
   * count. Each newly inserted event is also queued in the outbox of every sink of `outboxSinks`,
   * in the same transaction (an event already stored is never queued again).
   */
  insertEvents(events: CbpEvent[], outboxSinks?: readonly string[]): Promise<number>;
  /**
   * `insertEvents`, answering which events were new: the ones a local sink (file, stdout) still
   * has to write, so that a re-run unit writes nothing twice.
   */
  insertNewEvents(events: CbpEvent[], outboxSinks?: readonly string[]): Promise<CbpEvent[]>;
  queryEvents(query: EventQuery): Promise<Page<CbpEvent>>;
  /**
   * Records a finished scan and every event of `batches` in one transaction (an import): when
   * reading `batches` throws or a write fails, neither the scan nor any event is stored. Returns
   * how many events were new (a repeated scan, resource and metric is stored once).
   */
  importScan(scan: Scan, batches: AsyncIterable<readonly CbpEvent[]>): Promise<number>;

  /** A cached answer of a paid or slow API, or null when absent or expired at `now`. */
  getCached(key: string, now: Date): Promise<JsonValue | null>;
  /** Stores (or replaces) a cached answer until `expiresAt`; expired entries are purged on the way. */
  putCached(key: string, value: JsonValue, expiresAt: Date, now: Date): Promise<void>;

  createApiKey(record: ApiKeyRecord, secretHash: string): Promise<void>;
  /** The key with this secret hash, revoked or not (callers refuse a revoked one). */
  findApiKey(secretHash: string): Promise<StoredApiKey | null>;
  countApiKeys(): Promise<number>;
  /** Keys, oldest first; of one tenant with `client_id`; revoked ones included. */
  listApiKeys(query?: { client_id?: string }): Promise<StoredApiKey[]>;
  /** Revokes a key for good; returns it, or null when no key has this id. Revoking twice keeps the first time. */
  revokeApiKey(id: string, at: Date): Promise<StoredApiKey | null>;
  /** Records that a key was used at `at`. */
  touchApiKey(id: string, at: Date): Promise<void>;
}

export type JobPayload =
  { kind: 'plan'; scan_id: string } | { kind: 'unit'; scan_id: string; unit_id: string };

export interface Job {
  id: string;
  payload: JobPayload;
  attempts: number;
}

export type JobHandler = (job: Job, signal: AbortSignal) => Promise<void>;

/** A job the queue will not deliver again: its last delivery threw, or its worker died during it. */
export interface ExhaustedJob extends Job {
  /** Why the last delivery ended (the handler's error, or that its worker stopped). */
  reason: string;
}

export interface ProcessOptions {
  concurrency: number;
  /**
   * Told of every job given up on, at least once: called again (by this or another worker) until
   * it resolves, so that what the job stood for reaches a final state even after a crash.
   */
  onExhausted?: (job: ExhaustedJob) => Promise<void>;
}

export interface QueueWorker {
  close(): Promise<void>;
}

/** Scan jobs between control and data plane; the embedded queue and BullMQ implement it. */
export interface JobQueue {
  enqueue(payload: JobPayload): Promise<string>;
  enqueueMany(payloads: JobPayload[]): Promise<void>;
  /** Starts consuming jobs; a handler that throws has its job retried up to the queue's limit. */
  process(handler: JobHandler, options: ProcessOptions): QueueWorker;
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

/** Bounds of one delivery batch. */
export interface OutboxLimits {
  maxEvents: number;
  /** Sum of the events' JSON sizes; a single larger event still goes alone. */
  maxBytes: number;
}

/** Events of a sink sealed together: the same events and key on every attempt. */
export interface OutboxBatch {
  /** Unique; sent as the Idempotency-Key. */
  id: string;
  sink: string;
  /**
   * Each event as stored JSON, in order of arrival: the five 2CBP fields (`metric_value` last),
   * then the envelope from `event_id` on.
   */
  events: string[];
  /** Attempts so far (0 for a batch never sent). */
  attempts: number;
  /** Not to be sent before this instant (a retry's backoff). */
  notBefore: Date;
}

export interface DeliveryFailure {
  /** HTTP status, or null for a network error or a timeout. */
  statusCode: number | null;
  /** One line; never holds a credential. */
  error: string;
  /** The aggregator's response body, truncated. */
  responseBody?: string | null;
}

export interface DeadLetter {
  id: string;
  sink: string;
  events: number;
  bytes: number;
  attempts: number;
  status_code: number | null;
  error: string | null;
  response_body: string | null;
  created_at: string;
  failed_at: string | null;
}

export interface SinkStatus {
  sink: string;
  /** Events waiting to be delivered (in sealed batches or not yet sealed); dead letters excluded. */
  backlog_events: number;
  dead_letter_batches: number;
  dead_letter_events: number;
  delivered_events: number;
  delivered_batches: number;
  last_delivered_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  /** When the batch first in line is retried; null when nothing is waiting for a retry. */
  next_attempt_at: string | null;
}

/**
 * The outbox of the remote sinks, kept by the store beside the events: what has not been
 * acknowledged survives a crash, and what has been is never sent again.
 */
export interface OutboxStore {
  /**
   * The sink's first batch in line: a sealed batch not yet acknowledged (resent with the same
   * events and id), else the next events in order of arrival, sealed now within `limits`.
   * null when nothing waits. Dead letters are set aside and never returned.
   */
  nextOutboxBatch(sink: string, limits: OutboxLimits, at: Date): Promise<OutboxBatch | null>;
  /** The batch was accepted: its events leave the outbox and the sink's counters move, atomically. */
  ackOutboxBatch(sink: string, batchId: string, at: Date): Promise<void>;
  /** A failure worth retrying: the batch stays first in line, not sent again before `retryAt`. */
  retryOutboxBatch(
    sink: string,
    batchId: string,
    failure: DeliveryFailure,
    at: Date,
    retryAt: Date,
  ): Promise<void>;
  /** A rejected batch: kept aside as a dead letter; the batches after it go on. */
  deadLetterOutboxBatch(
    sink: string,
    batchId: string,
    failure: DeliveryFailure,
    at: Date,
  ): Promise<void>;
  /** Dead letters of a sink, oldest first. */
  listDeadLetters(
    sink: string,
    query: { limit: number; cursor?: string },
  ): Promise<Page<DeadLetter>>;
  /**
   * Puts a dead letter back first in line under a new id (the rejected key is never reused);
   * returns the new batch id, or null when `id` is no dead letter of `sink`.
   */
  redriveDeadLetter(sink: string, id: string, at: Date): Promise<string | null>;
  /** Every sink that has an outbox row, a batch or a delivery record. */
  sinkStatuses(): Promise<SinkStatus[]>;
  /** Takes or renews the sink's delivery lease; false while another owner holds an unexpired one. */
  acquireSinkLease(sink: string, owner: string, ttlMs: number, at: Date): Promise<boolean>;
  releaseSinkLease(sink: string, owner: string): Promise<void>;
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
