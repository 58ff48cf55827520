import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import {
  TERMINAL_SCAN_STATUSES,
  categoryOf,
  eventId,
  finalStatus,
  parseInstant,
  toParisIso,
  type ApiKeyRecord,
  type CbpEvent,
  type EventQuery,
  type Job,
  type JsonValue,
  type JobHandler,
  type JobPayload,
  type JobQueue,
  type Page,
  type QueueWorker,
  type Scan,
  type ScanError,
  type ScanQuery,
  type ScanStatus,
  type ScanUnit,
  type ReapPolicy,
  type ReapReport,
  type StoredApiKey,
  type Store,
  type UnitOutcome,
  type UnitPlan,
} from '../core/index.js';
import { ScannerMetrics } from '../observability/metrics.js';
import { CredentialSealer } from '../scanning/credentials.js';
import { ScannerRegistry } from '../scanning/registry.js';
import { ScanService } from '../scanning/scan-service.js';
import { buildApp, type ApiDeps } from './app.js';
import { generateApiKey, hashApiKey } from './keys.js';

/** Keyset cursors of the fakes; anything else is refused like a real store refuses it. */
function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new RangeError('invalid cursor');
  }
}

/** A Store in memory with the contract's semantics (keyset pages, terminal states, counts). */
export class InMemoryStore implements Store {
  readonly scans = new Map<string, Scan>();
  readonly sealed = new Map<string, string | null>();
  readonly units = new Map<string, ScanUnit>();
  readonly events: { seq: number; event: CbpEvent }[] = [];
  readonly keys = new Map<string, StoredApiKey>();
  #seq = 0;

  async migrate(): Promise<void> {}
  async close(): Promise<void> {}

  async createScan(scan: Scan, sealedCredentials: string | null): Promise<void> {
    if (this.scans.has(scan.id)) throw new Error(`scan ${scan.id} exists`);
    this.scans.set(scan.id, structuredClone(scan));
    this.sealed.set(scan.id, sealedCredentials);
  }

  async getScan(id: string): Promise<Scan | null> {
    const scan = this.scans.get(id);
    return scan ? structuredClone(scan) : null;
  }

  async listScans(query: ScanQuery): Promise<Page<Scan>> {
    let after: [string, string] | undefined;
    if (query.cursor !== undefined) {
      const value = decodeCursor(query.cursor);
      if (!Array.isArray(value) || value.length !== 2) throw new RangeError('invalid cursor');
      after = value as [string, string];
    }
    const sorted = [...this.scans.values()]
      .filter((s) => query.client_id === undefined || s.client_id === query.client_id)
      .filter((s) => query.status === undefined || s.status === query.status)
      .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id))
      .filter(
        (s) =>
          after === undefined ||
          s.created_at < after[0] ||
          (s.created_at === after[0] && s.id < after[1]),
      );
    const items = sorted.slice(0, query.limit).map((s) => structuredClone(s));
    const last = items.at(-1);
    return {
      items,
      next_cursor:
        sorted.length > query.limit && last ? encodeCursor([last.created_at, last.id]) : null,
    };
  }

  async startScan(
    id: string,
    accountId: string,
    plans: UnitPlan[],
    at: Date,
  ): Promise<ScanUnit[] | false> {
    const scan = this.scans.get(id);
    if (!scan || scan.status !== 'QUEUED') return false;
    const units = plans.map<ScanUnit>((plan) => ({
      id: randomUUID(),
      scan_id: id,
      account_id: plan.account_id,
      service: plan.service,
      region: plan.region,
      status: 'QUEUED',
      attempts: 0,
      events: 0,
      error: null,
      started_at: null,
      finished_at: null,
    }));
    for (const unit of units) this.units.set(unit.id, unit);
    Object.assign(scan, {
      status: 'RUNNING',
      account_id: accountId,
      started_at: at.toISOString(),
      progress: { ...scan.progress, units_total: units.length },
    });
    return structuredClone(units);
  }

  async finishScan(
    id: string,
    status: ScanStatus,
    error: ScanError | null,
    at: Date,
  ): Promise<boolean> {
    const scan = this.scans.get(id);
    if (!scan || TERMINAL_SCAN_STATUSES.includes(scan.status)) return false;
    Object.assign(scan, { status, error, finished_at: at.toISOString() });
    for (const unit of this.units.values()) {
      if (unit.scan_id === id && (unit.status === 'QUEUED' || unit.status === 'RUNNING')) {
        Object.assign(unit, { status: 'CANCELLED', finished_at: at.toISOString() });
      }
    }
    return true;
  }

  async discardScan(id: string): Promise<boolean> {
    const scan = this.scans.get(id);
    if (!scan || scan.status !== 'QUEUED') return false;
    this.scans.delete(id);
    this.sealed.delete(id);
    return true;
  }

  async getSealedCredentials(scanId: string): Promise<string | null> {
    return this.sealed.get(scanId) ?? null;
  }

  async listUnits(scanId: string): Promise<ScanUnit[]> {
    return [...this.units.values()]
      .filter((u) => u.scan_id === scanId)
      .sort((a, b) => a.service.localeCompare(b.service) || a.region.localeCompare(b.region))
      .map((u) => structuredClone(u));
  }

  async getUnit(id: string): Promise<ScanUnit | null> {
    const unit = this.units.get(id);
    return unit ? structuredClone(unit) : null;
  }

  async claimUnit(id: string, at: Date): Promise<ScanUnit | false> {
    const unit = this.units.get(id);
    const scan = unit && this.scans.get(unit.scan_id);
    if (!unit || !scan || TERMINAL_SCAN_STATUSES.includes(scan.status)) return false;
    if (unit.status !== 'QUEUED' && unit.status !== 'RUNNING') return false;
    Object.assign(unit, {
      status: 'RUNNING',
      attempts: unit.attempts + 1,
      started_at: at.toISOString(),
    });
    return structuredClone(unit);
  }

  async finishUnit(id: string, outcome: UnitOutcome, at: Date): Promise<Scan> {
    const unit = this.units.get(id);
    const scan = unit && this.scans.get(unit.scan_id);
    if (!unit || !scan) throw new Error(`unit ${id} does not exist`);
    Object.assign(unit, {
      status: outcome.status,
      error: outcome.error,
      events: outcome.events,
      finished_at: at.toISOString(),
    });
    const units = [...this.units.values()].filter((u) => u.scan_id === scan.id);
    const done = units.filter((u) => u.status !== 'QUEUED' && u.status !== 'RUNNING');
    scan.progress.units_done = done.length;
    scan.progress.units_failed = done.filter((u) => u.status === 'FAILED').length;
    if (outcome.api_cost_usd) scan.api_cost_usd = (scan.api_cost_usd ?? 0) + outcome.api_cost_usd;
    if (done.length === units.length && !TERMINAL_SCAN_STATUSES.includes(scan.status)) {
      Object.assign(scan, { status: finalStatus(units), finished_at: at.toISOString() });
    }
    return structuredClone(scan);
  }

  async reap(at: Date, policy: ReapPolicy): Promise<ReapReport> {
    const report: ReapReport = {
      cancelledUnits: 0,
      abandonedUnits: 0,
      endedScans: 0,
      deletedCredentials: 0,
    };
    for (const unit of this.units.values()) {
      const scan = this.scans.get(unit.scan_id);
      if (!scan || (unit.status !== 'QUEUED' && unit.status !== 'RUNNING')) continue;
      if (TERMINAL_SCAN_STATUSES.includes(scan.status)) {
        const endedAt = Date.parse(scan.finished_at ?? at.toISOString());
        if (unit.status === 'RUNNING' && endedAt + policy.endedScanGraceMs > at.getTime()) continue;
        const message = `the scan ended (${scan.status}) before this unit finished`;
        await this.finishUnit(
          unit.id,
          { status: 'CANCELLED', error: { code: 'ScanEnded', message }, events: unit.events },
          at,
        );
        report.cancelledUnits += 1;
      } else if (unit.status === 'RUNNING' && unit.started_at !== null) {
        const limit = scan.options.unit_timeout_seconds * 1000 + policy.abandonedGraceMs;
        if (Date.parse(unit.started_at) + limit > at.getTime()) continue;
        const message =
          'no worker finished this unit within its timeout: the worker running it stopped';
        const after = await this.finishUnit(
          unit.id,
          { status: 'FAILED', error: { code: 'UnitAbandoned', message }, events: unit.events },
          at,
        );
        report.abandonedUnits += 1;
        if (TERMINAL_SCAN_STATUSES.includes(after.status)) report.endedScans += 1;
      }
    }
    for (const [id, sealed] of this.sealed) {
      const scan = this.scans.get(id);
      if (sealed !== null && scan && TERMINAL_SCAN_STATUSES.includes(scan.status)) {
        this.sealed.set(id, null);
        report.deletedCredentials += 1;
      }
    }
    return report;
  }

  async insertEvents(events: CbpEvent[]): Promise<number> {
    return (await this.insertNewEvents(events)).length;
  }

  async insertNewEvents(events: CbpEvent[]): Promise<CbpEvent[]> {
    const fresh: CbpEvent[] = [];
    for (const event of events) {
      if (this.events.some((e) => e.event.event_id === event.event_id)) continue;
      this.#seq += 1;
      this.events.push({ seq: this.#seq, event: structuredClone(event) });
      const scan = this.scans.get(event.scan_id);
      if (scan) scan.progress.events += 1;
      fresh.push(event);
    }
    return fresh;
  }

  async queryEvents(query: EventQuery): Promise<Page<CbpEvent>> {
    let after = 0;
    if (query.cursor !== undefined) {
      const value = decodeCursor(query.cursor);
      if (typeof value !== 'number') throw new RangeError('invalid cursor');
      after = value;
    }
    const metric = query.metric_type;
    const matching = this.events.filter(({ seq, event }) => {
      const at = parseInstant(event.timestamp)?.getTime() ?? Number.NaN;
      return (
        seq > after &&
        (query.client_id === undefined || event.client_id === query.client_id) &&
        (query.scan_id === undefined || event.scan_id === query.scan_id) &&
        (query.resource_id === undefined || event.resource_id === query.resource_id) &&
        (metric === undefined ||
          (metric.endsWith('.')
            ? event.metric_type.startsWith(metric)
            : event.metric_type === metric)) &&
        (query.category === undefined || event.category === query.category) &&
        (query.since === undefined || at >= query.since.getTime()) &&
        (query.until === undefined || at < query.until.getTime())
      );
    });
    const page = matching.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(({ event }) => structuredClone(event)),
      next_cursor: matching.length > query.limit && last ? encodeCursor(last.seq) : null,
    };
  }

  async importScan(scan: Scan, batches: AsyncIterable<readonly CbpEvent[]>): Promise<number> {
    if (this.scans.has(scan.id)) throw new Error(`scan ${scan.id} exists`);
    // Staged first, committed after the last batch: a batch that throws stores nothing.
    const staged: CbpEvent[] = [];
    for await (const batch of batches) staged.push(...batch);
    await this.createScan(scan, null);
    return this.insertEvents(staged);
  }

  async createApiKey(record: ApiKeyRecord, secretHash: string): Promise<void> {
    if (this.keys.has(secretHash)) throw new Error('API key exists');
    this.keys.set(secretHash, {
      ...record,
      role: record.role ?? (record.client_id === null ? 'admin' : 'read_write'),
      source: record.source ?? 'store',
      last_used_at: null,
      revoked_at: null,
    });
  }

  async findApiKey(secretHash: string): Promise<StoredApiKey | null> {
    const record = this.keys.get(secretHash);
    return record ? { ...record } : null;
  }

  async listApiKeys(query: { client_id?: string } = {}): Promise<StoredApiKey[]> {
    return [...this.keys.values()]
      .filter((key) => query.client_id === undefined || key.client_id === query.client_id)
      .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
      .map((key) => ({ ...key }));
  }

  async revokeApiKey(id: string, at: Date): Promise<StoredApiKey | null> {
    const key = [...this.keys.values()].find((k) => k.id === id);
    if (!key) return null;
    key.revoked_at ??= at.toISOString();
    return { ...key };
  }

  async touchApiKey(id: string, at: Date): Promise<void> {
    const key = [...this.keys.values()].find((k) => k.id === id);
    if (key) key.last_used_at = at.toISOString();
  }

  async countApiKeys(): Promise<number> {
    return this.keys.size;
  }

  readonly cache = new Map<string, { value: JsonValue; expiresMs: number }>();

  async getCached(key: string, now: Date): Promise<JsonValue | null> {
    const entry = this.cache.get(key);
    return entry && entry.expiresMs > now.getTime() ? structuredClone(entry.value) : null;
  }

  async putCached(key: string, value: JsonValue, expiresAt: Date, now: Date): Promise<void> {
    for (const [k, e] of this.cache) if (e.expiresMs <= now.getTime()) this.cache.delete(k);
    this.cache.set(key, { value: structuredClone(value), expiresMs: expiresAt.getTime() });
  }
}

/** A JobQueue in memory: jobs run in this process, retried up to `maxAttempts`. */
export class InMemoryQueue implements JobQueue {
  readonly waiting: Job[] = [];
  readonly enqueued: JobPayload[] = [];
  #active = 0;
  readonly #sleepers = new Set<() => void>();
  #closed = false;

  constructor(private readonly maxAttempts = 3) {}

  async enqueue(payload: JobPayload): Promise<string> {
    if (this.#closed) throw new Error('the queue is closed');
    const job: Job = { id: randomUUID(), payload, attempts: 0 };
    this.enqueued.push(payload);
    this.waiting.push(job);
    this.#wakeAll();
    return job.id;
  }

  async enqueueMany(payloads: JobPayload[]): Promise<void> {
    for (const payload of payloads) await this.enqueue(payload);
  }

  process(handler: JobHandler, options: { concurrency: number }): QueueWorker {
    const controller = new AbortController();
    const loop = async () => {
      while (!controller.signal.aborted) {
        const job = this.waiting.shift();
        if (!job) {
          await new Promise<void>((resolve) => this.#sleepers.add(resolve));
          continue;
        }
        this.#active += 1;
        job.attempts += 1;
        try {
          await handler(job, controller.signal);
        } catch {
          if (job.attempts < this.maxAttempts) this.waiting.push(job);
        } finally {
          this.#active -= 1;
        }
      }
    };
    const loops = Array.from({ length: options.concurrency }, loop);
    return {
      close: async () => {
        controller.abort();
        this.#wakeAll();
        await Promise.all(loops);
      },
    };
  }

  async depth(): Promise<{ waiting: number; active: number }> {
    return { waiting: this.waiting.length, active: this.#active };
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  #wakeAll(): void {
    for (const wake of this.#sleepers) wake();
    this.#sleepers.clear();
  }
}

/** A pino logger writing into `lines`, to prove what the API logs (and what it never does). */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  return { logger: pino({ level: 'debug' }, destination), lines };
}

export const ACME = 'ACME';
export const GLOBEX = 'GLOBEX';

/** An EC2 event of `scanId` as a worker would have stored it. */
export function ec2Event(
  scanId: string,
  clientId: string,
  instanceId: string,
  metricType: string,
  value: CbpEvent['metric_value'],
  at: Date,
): CbpEvent {
  const resourceId = `arn:aws:ec2:eu-west-3:123456789012:instance/${instanceId}`;
  return {
    client_id: clientId,
    timestamp: toParisIso(at),
    resource_id: resourceId,
    metric_type: metricType,
    metric_value: value,
    event_id: eventId(scanId, resourceId, metricType),
    scan_id: scanId,
    provider: 'aws',
    account_id: '123456789012',
    region: 'eu-west-3',
    service: 'ec2',
    category: categoryOf(metricType),
  };
}

export interface TestApi {
  app: Awaited<ReturnType<typeof buildApp>>;
  store: Store;
  queue: InMemoryQueue;
  registry: ScannerRegistry;
  metrics: ScannerMetrics;
  /** Authorization headers: an admin key and keys bound to ACME and GLOBEX. */
  admin: { authorization: string };
  acme: { authorization: string };
  globex: { authorization: string };
}

/** The app over a real ScanService and registry, the given store (in memory by default) and a fake queue. */
export async function createTestApi(
  options: { store?: Store; logger?: Logger; sinks?: ApiDeps['sinks'] } = {},
): Promise<TestApi> {
  const store = options.store ?? new InMemoryStore();
  const queue = new InMemoryQueue();
  const registry = new ScannerRegistry();
  const metrics = new ScannerMetrics({ defaultMetrics: false });
  const clock = { now: () => new Date() };
  const scans = new ScanService({
    store,
    queue,
    registry,
    sealer: new CredentialSealer(randomBytes(32)),
    clock,
  });
  const bearer = async (clientId: string | null) => {
    const key = generateApiKey();
    await store.createApiKey(
      {
        id: randomUUID(),
        client_id: clientId,
        name: `test ${clientId ?? 'admin'}`,
        created_at: clock.now().toISOString(),
      },
      hashApiKey(key),
    );
    return { authorization: `Bearer ${key}` };
  };
  const app = await buildApp({
    store,
    queue,
    scans,
    registry,
    metrics,
    ...(options.logger && { logger: options.logger }),
    ...(options.sinks && { sinks: options.sinks }),
  });
  return {
    app,
    store,
    queue,
    registry,
    metrics,
    admin: await bearer(null),
    acme: await bearer(ACME),
    globex: await bearer(GLOBEX),
  };
}
