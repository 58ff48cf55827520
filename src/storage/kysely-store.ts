import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type {
  ApiKeyRecord,
  CbpEvent,
  Category,
  EventQuery,
  MetricValue,
  Page,
  RedactedAuthMode,
  Scan,
  ScanError,
  ScanOptions,
  ScanQuery,
  ScanStatus,
  ScanUnit,
  Store,
  UnitOutcome,
  UnitPlan,
  UnitStatus,
} from '../core/index.js';
import { TERMINAL_SCAN_STATUSES, finalStatus, parseInstant } from '../core/index.js';
import { migrateToLatest } from './migrations/index.js';
import type { Database, EventsTable, ScanUnitsTable, ScansTable, SqlDialect } from './schema.js';

/** A cursor that this store did not hand out (or that was altered). */
export class InvalidCursorError extends RangeError {
  readonly code = 'INVALID_CURSOR';
  constructor() {
    super('invalid cursor: pass back the next_cursor of the previous page unchanged');
  }
}

/** A unit or scan that a write refers to does not exist. */
export class RecordNotFoundError extends Error {
  readonly code = 'NOT_FOUND';
}

const TERMINAL_UNIT_STATUSES: readonly UnitStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

/** Rows per multi-row INSERT: 14 columns × 1,000 stays under both dialects' bound-parameter limits. */
const INSERT_CHUNK = 1000;

type ScanRow = Selectable<ScansTable>;
type UnitRow = Selectable<ScanUnitsTable>;
type EventRow = Selectable<EventsTable>;

/**
 * The Store on Kysely, written once for SQLite and PostgreSQL. Write transactions begin with a
 * write, so that SQLite takes its write lock first and two processes serialise instead of
 * failing on a stale snapshot; on PostgreSQL the scan row is locked before its units are counted.
 */
export class KyselyStore implements Store {
  #closed = false;

  constructor(
    protected readonly db: Kysely<Database>,
    protected readonly dialect: SqlDialect,
  ) {}

  async migrate(): Promise<void> {
    await migrateToLatest(this.db as unknown as Kysely<unknown>, this.dialect);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.db.destroy();
  }

  protected transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(fn);
  }

  // ---- scans

  async createScan(scan: Scan, sealedCredentials: string | null): Promise<void> {
    await this.transaction(async (trx) => {
      await trx.insertInto('scans').values(scanToRow(scan)).execute();
      if (sealedCredentials !== null) {
        await trx
          .insertInto('scan_credentials')
          .values({ scan_id: scan.id, sealed: sealedCredentials })
          .execute();
      }
    });
  }

  async getScan(id: string): Promise<Scan | null> {
    const row = await this.db
      .selectFrom('scans')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? rowToScan(row) : null;
  }

  async listScans(query: ScanQuery): Promise<Page<Scan>> {
    assertLimit(query.limit);
    let select = this.db.selectFrom('scans').selectAll();
    if (query.client_id !== undefined) select = select.where('client_id', '=', query.client_id);
    if (query.status !== undefined) select = select.where('status', '=', query.status);
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, isScanCursor);
      select = select.where((eb) =>
        eb.or([
          eb('created_at', '<', createdAt),
          eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
        ]),
      );
    }
    const rows = await select
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute();
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(rowToScan),
      next_cursor:
        rows.length > query.limit && last ? encodeCursor([last.created_at, last.id]) : null,
    };
  }

  async startScan(
    id: string,
    accountId: string,
    units: UnitPlan[],
    at: Date,
  ): Promise<ScanUnit[] | false> {
    return this.transaction(async (trx) => {
      const started = await trx
        .updateTable('scans')
        .set({
          status: 'RUNNING',
          account_id: accountId,
          started_at: at.toISOString(),
          units_total: units.length,
        })
        .where('id', '=', id)
        .where('status', '=', 'QUEUED')
        .executeTakeFirst();
      if (Number(started.numUpdatedRows) === 0) return false;
      const startedAt = at.toISOString();
      const rows: UnitRow[] = units.map((unit) => ({
        id: randomUUID(),
        scan_id: id,
        account_id: unit.account_id,
        service: unit.service,
        region: unit.region,
        status: unit.failure ? 'FAILED' : 'QUEUED',
        attempts: 0,
        events: 0,
        error: jsonOrNull(unit.failure ?? null),
        started_at: null,
        finished_at: unit.failure ? startedAt : null,
      }));
      for (const chunk of chunks(rows, INSERT_CHUNK)) {
        await trx.insertInto('scan_units').values(chunk).execute();
      }
      if (rows.some((row) => row.status === 'FAILED')) {
        // Units that could not run at all count as done; if none can run, the scan is over.
        const statuses = rows.map((row) => ({ status: row.status as UnitStatus }));
        const update: Updateable<ScansTable> = progressOf(statuses);
        if (rows.every((row) => row.status === 'FAILED')) {
          update.status = finalStatus(statuses);
          update.finished_at = startedAt;
          await trx.deleteFrom('scan_credentials').where('scan_id', '=', id).execute();
        }
        await trx.updateTable('scans').set(update).where('id', '=', id).execute();
      }
      return rows.map(rowToUnit);
    });
  }

  async finishScan(
    id: string,
    status: ScanStatus,
    error: ScanError | null,
    at: Date,
  ): Promise<boolean> {
    if (!TERMINAL_SCAN_STATUSES.includes(status)) {
      throw new RangeError(`a scan can only finish as ${TERMINAL_SCAN_STATUSES.join(', ')}`);
    }
    return this.transaction(async (trx) => {
      const finishedAt = at.toISOString();
      const finished = await trx
        .updateTable('scans')
        .set({ status, error: jsonOrNull(error), finished_at: finishedAt })
        .where('id', '=', id)
        .where('status', 'not in', TERMINAL_SCAN_STATUSES)
        .executeTakeFirst();
      if (Number(finished.numUpdatedRows) === 0) return false;
      if (status === 'CANCELLED' || status === 'FAILED') {
        await trx
          .updateTable('scan_units')
          .set({ status: 'CANCELLED', finished_at: finishedAt })
          .where('scan_id', '=', id)
          .where('status', '=', 'QUEUED')
          .execute();
      }
      const statuses = await unitStatuses(trx, id);
      await trx.updateTable('scans').set(progressOf(statuses)).where('id', '=', id).execute();
      await trx.deleteFrom('scan_credentials').where('scan_id', '=', id).execute();
      return true;
    });
  }

  async getSealedCredentials(scanId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('scan_credentials')
      .select('sealed')
      .where('scan_id', '=', scanId)
      .executeTakeFirst();
    return row?.sealed ?? null;
  }

  // ---- units

  async listUnits(scanId: string): Promise<ScanUnit[]> {
    const rows = await this.db
      .selectFrom('scan_units')
      .selectAll()
      .where('scan_id', '=', scanId)
      .orderBy('service')
      .orderBy('region')
      .execute();
    return rows.map(rowToUnit);
  }

  async getUnit(id: string): Promise<ScanUnit | null> {
    const row = await this.db
      .selectFrom('scan_units')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? rowToUnit(row) : null;
  }

  async claimUnit(id: string, at: Date): Promise<ScanUnit | false> {
    // One conditional UPDATE: atomic on both dialects without an explicit transaction.
    const row = await this.db
      .updateTable('scan_units')
      .set((eb) => ({
        status: 'RUNNING',
        attempts: eb('attempts', '+', 1),
        started_at: at.toISOString(),
      }))
      .where('id', '=', id)
      .where('status', 'in', ['QUEUED', 'RUNNING'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('scans')
            .select(sql.lit(1).as('one'))
            .whereRef('scans.id', '=', 'scan_units.scan_id')
            .where('scans.status', '=', 'RUNNING'),
        ),
      )
      .returningAll()
      .executeTakeFirst();
    return row ? rowToUnit(row) : false;
  }

  async finishUnit(id: string, outcome: UnitOutcome, at: Date): Promise<Scan> {
    return this.transaction(async (trx) => {
      const finishedAt = at.toISOString();
      const unit = await trx
        .updateTable('scan_units')
        .set({
          status: outcome.status,
          error: jsonOrNull(outcome.error),
          events: outcome.events,
          finished_at: finishedAt,
        })
        .where('id', '=', id)
        .returning('scan_id')
        .executeTakeFirst();
      if (!unit) throw new RecordNotFoundError(`unit ${id} does not exist`);
      // Two processes finishing a scan's last two units: the second waits here for the first
      // to commit, then counts both units as finished.
      let scanQuery = trx.selectFrom('scans').select('status').where('id', '=', unit.scan_id);
      if (this.dialect === 'postgres') scanQuery = scanQuery.forUpdate();
      const scan = await scanQuery.executeTakeFirstOrThrow();
      const statuses = await unitStatuses(trx, unit.scan_id);
      const update: Updateable<ScansTable> = progressOf(statuses);
      const allDone = statuses.every((s) => TERMINAL_UNIT_STATUSES.includes(s.status));
      if (allDone && scan.status === 'RUNNING') {
        update.status = finalStatus(statuses);
        update.finished_at = finishedAt;
        await trx.deleteFrom('scan_credentials').where('scan_id', '=', unit.scan_id).execute();
      }
      const row = await trx
        .updateTable('scans')
        .set(update)
        .where('id', '=', unit.scan_id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return rowToScan(row);
    });
  }

  // ---- events

  async insertEvents(events: CbpEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    return this.transaction(async (trx) => {
      const added = new Map<string, number>();
      for (const chunk of chunks(events, INSERT_CHUNK)) {
        const rows = await trx
          .insertInto('events')
          .values(chunk.map(toEventRow))
          .onConflict((oc) => oc.columns(['scan_id', 'resource_id', 'metric_type']).doNothing())
          .returning('scan_id')
          .execute();
        for (const { scan_id } of rows) added.set(scan_id, (added.get(scan_id) ?? 0) + 1);
      }
      await addEventCounts(trx, added);
      return [...added.values()].reduce((a, b) => a + b, 0);
    });
  }

  async queryEvents(query: EventQuery): Promise<Page<CbpEvent>> {
    assertLimit(query.limit);
    let select = this.db.selectFrom('events').selectAll();
    if (query.client_id !== undefined) select = select.where('client_id', '=', query.client_id);
    if (query.scan_id !== undefined) select = select.where('scan_id', '=', query.scan_id);
    if (query.resource_id !== undefined) {
      select = select.where('resource_id', '=', query.resource_id);
    }
    if (query.metric_type !== undefined) {
      const metric = query.metric_type;
      if (metric.endsWith('.')) {
        // A range, not LIKE: no wildcard to escape, and an index range on both dialects.
        // Between `a.b.` and `a.b/` (the next code point) lie exactly the strings starting `a.b.`.
        const upper = metric.slice(0, -1) + '/';
        select = select.where('metric_type', '>=', metric).where('metric_type', '<', upper);
      } else {
        select = select.where('metric_type', '=', metric);
      }
    }
    if (query.category !== undefined) select = select.where('category', '=', query.category);
    if (query.since !== undefined) select = select.where('ts_ms', '>=', query.since.getTime());
    if (query.until !== undefined) select = select.where('ts_ms', '<', query.until.getTime());
    if (query.cursor !== undefined) {
      const [seq] = decodeCursor(query.cursor, isEventCursor);
      select = select.where('seq', '>', seq);
    }
    const rows = await select
      .orderBy('seq', 'asc')
      .limit(query.limit + 1)
      .execute();
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(rowToEvent),
      next_cursor: rows.length > query.limit && last ? encodeCursor([Number(last.seq)]) : null,
    };
  }

  // ---- API keys

  async createApiKey(record: ApiKeyRecord, secretHash: string): Promise<void> {
    await this.db
      .insertInto('api_keys')
      .values({
        id: record.id,
        client_id: record.client_id,
        name: record.name,
        secret_hash: secretHash,
        created_at: record.created_at,
      })
      .execute();
  }

  async findApiKey(secretHash: string): Promise<ApiKeyRecord | null> {
    const row = await this.db
      .selectFrom('api_keys')
      .select(['id', 'client_id', 'name', 'created_at'])
      .where('secret_hash', '=', secretHash)
      .executeTakeFirst();
    return row ?? null;
  }

  async countApiKeys(): Promise<number> {
    const row = await this.db
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }
}

// ---- shared helpers (the SQLite fast path uses them too)

/** An event as stored; `ts_ms` is its instant, for the since/until filters. */
export function toEventRow(event: CbpEvent): Insertable<EventsTable> {
  return {
    event_id: event.event_id,
    scan_id: event.scan_id,
    client_id: event.client_id,
    provider: event.provider,
    account_id: event.account_id,
    region: event.region,
    service: event.service,
    category: event.category,
    resource_id: event.resource_id,
    metric_type: event.metric_type,
    metric_value: JSON.stringify(event.metric_value),
    timestamp: event.timestamp,
    ts_ms: epochMillis(event.timestamp),
  };
}

function epochMillis(timestamp: string): number {
  // Date.parse reads the wire format fast; luxon covers what it does not (e.g. nanoseconds).
  const fast = Date.parse(timestamp);
  if (!Number.isNaN(fast)) return fast;
  const parsed = parseInstant(timestamp);
  if (parsed === null) throw new TypeError(`event timestamp is not ISO 8601: ${timestamp}`);
  return parsed.getTime();
}

export async function addEventCounts(
  trx: Transaction<Database>,
  added: ReadonlyMap<string, number>,
): Promise<void> {
  // Sorted, so that concurrent batches lock scan rows in the same order.
  for (const scanId of [...added.keys()].sort()) {
    await trx
      .updateTable('scans')
      .set((eb) => ({ events_count: eb('events_count', '+', added.get(scanId) ?? 0) }))
      .where('id', '=', scanId)
      .execute();
  }
}

async function unitStatuses(
  trx: Transaction<Database>,
  scanId: string,
): Promise<{ status: UnitStatus }[]> {
  const rows = await trx
    .selectFrom('scan_units')
    .select('status')
    .where('scan_id', '=', scanId)
    .execute();
  return rows.map((r) => ({ status: r.status as UnitStatus }));
}

function progressOf(statuses: { status: UnitStatus }[]): {
  units_done: number;
  units_failed: number;
} {
  return {
    units_done: statuses.filter((s) => TERMINAL_UNIT_STATUSES.includes(s.status)).length,
    units_failed: statuses.filter((s) => s.status === 'FAILED').length,
  };
}

function scanToRow(scan: Scan): Insertable<ScansTable> {
  return {
    id: scan.id,
    client_id: scan.client_id,
    provider: scan.provider,
    services: JSON.stringify(scan.services),
    requested_regions: jsonOrNull(scan.requested_regions),
    auth_mode: JSON.stringify(scan.auth_mode),
    options: JSON.stringify(scan.options),
    status: scan.status,
    account_id: scan.account_id,
    units_total: scan.progress.units_total,
    units_done: scan.progress.units_done,
    units_failed: scan.progress.units_failed,
    events_count: scan.progress.events,
    error: jsonOrNull(scan.error),
    created_at: scan.created_at,
    started_at: scan.started_at,
    finished_at: scan.finished_at,
  };
}

function rowToScan(row: ScanRow): Scan {
  return {
    id: row.id,
    client_id: row.client_id,
    provider: row.provider,
    services: JSON.parse(row.services) as string[],
    requested_regions: parseOrNull<string[]>(row.requested_regions),
    auth_mode: JSON.parse(row.auth_mode) as RedactedAuthMode,
    options: JSON.parse(row.options) as ScanOptions,
    status: row.status as ScanStatus,
    account_id: row.account_id,
    progress: {
      units_total: row.units_total,
      units_done: row.units_done,
      units_failed: row.units_failed,
      events: Number(row.events_count),
    },
    error: parseOrNull<ScanError>(row.error),
    created_at: row.created_at,
    started_at: row.started_at,
    finished_at: row.finished_at,
  };
}

function rowToUnit(row: UnitRow): ScanUnit {
  return {
    id: row.id,
    scan_id: row.scan_id,
    account_id: row.account_id,
    service: row.service,
    region: row.region,
    status: row.status as UnitStatus,
    attempts: row.attempts,
    events: row.events,
    error: parseOrNull<ScanError>(row.error),
    started_at: row.started_at,
    finished_at: row.finished_at,
  };
}

function rowToEvent(row: EventRow): CbpEvent {
  return {
    client_id: row.client_id,
    timestamp: row.timestamp,
    resource_id: row.resource_id,
    metric_type: row.metric_type,
    metric_value: JSON.parse(row.metric_value) as MetricValue,
    event_id: row.event_id,
    scan_id: row.scan_id,
    provider: row.provider,
    account_id: row.account_id,
    region: row.region,
    service: row.service,
    category: row.category as Category,
  };
}

function jsonOrNull(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}

function parseOrNull<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

function assertLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }
}

function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor<T>(cursor: string, isValid: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!isValid(value)) throw new InvalidCursorError();
  return value;
}

function isEventCursor(value: unknown): value is [number] {
  return (
    Array.isArray(value) && value.length === 1 && Number.isSafeInteger(value[0]) && value[0] >= 0
  );
}

function isScanCursor(value: unknown): value is [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string'
  );
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
