import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type {
  ApiKeyRecord,
  ApiKeyRole,
  StoredApiKey,
  CbpEvent,
  Category,
  DeadLetter,
  DeliveryFailure,
  EventQuery,
  JsonValue,
  MetricValue,
  OutboxBatch,
  OutboxLimits,
  OutboxStore,
  Page,
  ReapPolicy,
  ReapReport,
  RedactedAuthMode,
  Scan,
  ScanError,
  ScanOptions,
  ScanQuery,
  ScanStatus,
  ScanUnit,
  SinkStatus,
  Store,
  UnitOutcome,
  UnitPlan,
  UnitStatus,
} from '../core/index.js';
import {
  TERMINAL_SCAN_STATUSES,
  TERMINAL_UNIT_STATUSES,
  finalStatus,
  parseInstant,
} from '../core/index.js';
import { migrateToLatest } from './migrations/index.js';
import * as outbox from './kysely-outbox.js';
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
export class KyselyStore implements Store, OutboxStore {
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

  async discardScan(id: string): Promise<boolean> {
    return this.transaction(async (trx) => {
      const deleted = await trx
        .deleteFrom('scans')
        .where('id', '=', id)
        .where('status', '=', 'QUEUED')
        .where('units_total', '=', 0)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) return false;
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
      const scan = await this.#recordUnit(trx, id, outcome, at);
      if (!scan) throw new RecordNotFoundError(`unit ${id} does not exist`);
      return scan;
    });
  }

  /**
   * Records a unit's outcome and the scan's progress (and final status when it was the last);
   * with `onlyIf`, only while the unit is still in that state (null when it is not, or absent).
   */
  async #recordUnit(
    trx: Transaction<Database>,
    id: string,
    outcome: UnitOutcome,
    at: Date,
    onlyIf?: { status: UnitStatus; started_at: string | null },
  ): Promise<Scan | null> {
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
      .$if(onlyIf !== undefined, (q) =>
        q
          .where('status', '=', onlyIf!.status)
          .where((eb) =>
            onlyIf!.started_at === null
              ? eb('started_at', 'is', null)
              : eb('started_at', '=', onlyIf!.started_at),
          ),
      )
      .returning('scan_id')
      .executeTakeFirst();
    if (!unit) return null;
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
    const cost = outcome.api_cost_usd ?? 0;
    const row = await trx
      .updateTable('scans')
      .set(update)
      .$if(cost > 0, (q) => q.set((eb) => ({ api_cost_usd: eb('api_cost_usd', '+', cost) })))
      .where('id', '=', unit.scan_id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return rowToScan(row);
  }

  async reap(at: Date, policy: ReapPolicy): Promise<ReapReport> {
    const report: ReapReport = {
      cancelledUnits: 0,
      abandonedUnits: 0,
      endedScans: 0,
      deletedCredentials: 0,
    };
    const now = at.getTime();
    const candidates = await this.db
      .selectFrom('scan_units as u')
      .innerJoin('scans as s', 's.id', 'u.scan_id')
      .select([
        'u.id',
        'u.status',
        'u.started_at',
        'u.events',
        's.status as scan_status',
        's.finished_at as scan_finished_at',
        's.options',
      ])
      .where('u.status', 'in', ['QUEUED', 'RUNNING'])
      .where('s.status', '<>', 'QUEUED')
      .execute();
    for (const unit of candidates) {
      const scanEnded = TERMINAL_SCAN_STATUSES.includes(unit.scan_status as ScanStatus);
      let outcome: UnitOutcome | null = null;
      if (scanEnded) {
        const endedAt = unit.scan_finished_at ? Date.parse(unit.scan_finished_at) : 0;
        if (unit.status === 'QUEUED' || endedAt + policy.endedScanGraceMs <= now) {
          outcome = {
            status: 'CANCELLED',
            error: {
              code: 'ScanEnded',
              message: `the scan ended (${unit.scan_status}) before this unit finished`,
            },
            events: unit.events,
          };
        }
      } else if (unit.status === 'RUNNING' && unit.started_at !== null) {
        const timeoutMs = (JSON.parse(unit.options) as ScanOptions).unit_timeout_seconds * 1000;
        if (Date.parse(unit.started_at) + timeoutMs + policy.abandonedGraceMs <= now) {
          outcome = {
            status: 'FAILED',
            error: {
              code: 'UnitAbandoned',
              message:
                'no worker finished this unit within its timeout: the worker running it stopped',
            },
            events: unit.events,
          };
        }
      }
      if (!outcome) continue;
      const expected = { status: unit.status as UnitStatus, started_at: unit.started_at };
      const recorded = outcome;
      const scan = await this.transaction((trx) =>
        this.#recordUnit(trx, unit.id, recorded, at, expected),
      );
      if (!scan) continue;
      if (recorded.status === 'CANCELLED') report.cancelledUnits += 1;
      else report.abandonedUnits += 1;
      if (!scanEnded && TERMINAL_SCAN_STATUSES.includes(scan.status)) report.endedScans += 1;
    }
    // A scan whose units are all done but which is still RUNNING (a crash between two writes).
    const stale = await this.db
      .selectFrom('scans as s')
      .select('s.id')
      .where('s.status', '=', 'RUNNING')
      .where('s.units_total', '>', 0)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('scan_units as u')
              .select(sql.lit(1).as('one'))
              .whereRef('u.scan_id', '=', 's.id')
              .where('u.status', 'in', ['QUEUED', 'RUNNING']),
          ),
        ),
      )
      .execute();
    for (const { id } of stale) {
      const ended = await this.transaction(async (trx) => {
        const statuses = await unitStatuses(trx, id);
        if (statuses.length === 0) return false;
        const result = await trx
          .updateTable('scans')
          .set({
            ...progressOf(statuses),
            status: finalStatus(statuses),
            finished_at: at.toISOString(),
          })
          .where('id', '=', id)
          .where('status', '=', 'RUNNING')
          .executeTakeFirst();
        return Number(result.numUpdatedRows) > 0;
      });
      if (ended) report.endedScans += 1;
    }
    const orphans = await this.db
      .deleteFrom('scan_credentials')
      .where('scan_id', 'in', (eb) =>
        eb.selectFrom('scans').select('id').where('status', 'in', TERMINAL_SCAN_STATUSES),
      )
      .executeTakeFirst();
    report.deletedCredentials = Number(orphans.numDeletedRows);
    return report;
  }

  // ---- events

  async insertEvents(events: CbpEvent[], outboxSinks: readonly string[] = []): Promise<number> {
    return (await this.insertNewEvents(events, outboxSinks)).length;
  }

  async insertNewEvents(
    events: CbpEvent[],
    outboxSinks: readonly string[] = [],
  ): Promise<CbpEvent[]> {
    if (events.length === 0) return [];
    return this.transaction(async (trx) => {
      const added = new Map<string, number>();
      const fresh: CbpEvent[] = [];
      for (const chunk of chunks(events, INSERT_CHUNK)) {
        const rows = await trx
          .insertInto('events')
          .values(chunk.map(toEventRow))
          .onConflict((oc) => oc.columns(['scan_id', 'resource_id', 'metric_type']).doNothing())
          .returning(['scan_id', 'event_id'])
          .execute();
        for (const { scan_id } of rows) added.set(scan_id, (added.get(scan_id) ?? 0) + 1);
        fresh.push(...newlyInserted(chunk, rows));
      }
      await outbox.enqueueOutbox(trx, fresh, outboxSinks);
      await addEventCounts(trx, added);
      return fresh;
    });
  }

  /** The compiled SQL of each query shape (which filters are present), built once. */
  readonly #eventQueries = new Map<string, string>();

  async queryEvents(query: EventQuery): Promise<Page<CbpEvent>> {
    assertLimit(query.limit);
    const cursorSeq =
      query.cursor === undefined ? undefined : decodeCursor(query.cursor, isEventCursor)[0];
    const shape = eventQueryShape(query);
    const parameters = eventQueryParameters(query, cursorSeq);
    let text = this.#eventQueries.get(shape);
    if (text === undefined) {
      const compiled = this.#buildEventQuery(query, cursorSeq).compile();
      // The parameters are computed without Kysely from the second request on: they must be
      // exactly the ones it binds, in its order.
      if (JSON.stringify(compiled.parameters) !== JSON.stringify(parameters)) {
        throw new Error(`event query parameters out of step with the SQL of shape ${shape}`);
      }
      text = compiled.sql;
      this.#eventQueries.set(shape, text);
    }
    const rows = await this.readEventRows(text, parameters);
    const items = rows.length > query.limit ? rows.slice(0, query.limit) : rows;
    const last = items.at(-1);
    return {
      items: items.map((row) => row.event),
      next_cursor: rows.length > query.limit && last ? encodeCursor([last.seq]) : null,
    };
  }

  /** Runs a compiled event query (its columns are EVENT_COLUMNS); a dialect may read it faster. */
  protected async readEventRows(
    text: string,
    parameters: readonly unknown[],
  ): Promise<EventWithSeq[]> {
    const { rows } = await this.db.executeQuery<EventColumnsRow>(
      CompiledQuery.raw(text, [...parameters]),
    );
    return rows.map((row) => ({ seq: Number(row.seq), event: rowToEvent(row) }));
  }

  #buildEventQuery(query: EventQuery, cursorSeq: number | undefined) {
    let select = this.db.selectFrom('events').select(EVENT_COLUMNS);
    // The equality filters that an index (…, seq) serves lead the ORDER BY, the last of them
    // written as a closed range so that PostgreSQL cannot drop it from the ordering: the planner
    // then reads that index in seq order and stops after one page. With plain equalities it may
    // walk the primary key and filter instead, reading every event stored before the first match
    // (a recent scan or a small tenant: seconds at millions of events).
    // eventQueryParameters lists the bound values in this order: change both together.
    const leading = eventIndexColumns(query);
    for (const [i, column] of leading.entries()) {
      const value = query[column] as string;
      if (i < leading.length - 1) select = select.where(column, '=', value);
      else select = select.where(column, '>=', value).where(column, '<=', value);
    }
    if (query.client_id !== undefined && !leading.includes('client_id')) {
      // On SQLite written as an expression no index matches: its planner, without statistics,
      // would otherwise prefer a (client_id, …) index to the scan's and sort every event of the
      // tenant (about 100 ms a page at 100,000 events instead of well under one). PostgreSQL
      // keeps the column: it estimates the expression as selective and, with statistics, then
      // sorts the scan's events too (37 ms a page at 1,000,000 events instead of 0.1).
      select =
        this.dialect === 'sqlite'
          ? select.where(sql<string>`${sql.ref('client_id')} || ''`, '=', query.client_id)
          : select.where('client_id', '=', query.client_id);
    }
    if (query.scan_id !== undefined && !leading.includes('scan_id'))
      select = select.where('scan_id', '=', query.scan_id);
    if (query.resource_id !== undefined && !leading.includes('resource_id')) {
      select = select.where('resource_id', '=', query.resource_id);
    }
    if (query.metric_type !== undefined && !leading.includes('metric_type')) {
      const metric = query.metric_type;
      if (metric.endsWith('.')) {
        // A range, not LIKE: no wildcard to escape, and an index range on both dialects.
        // Between `a.b.` and `a.b/` (the next code point) lie exactly the strings starting `a.b.`.
        select = select
          .where('metric_type', '>=', metric)
          .where('metric_type', '<', metricPrefixUpper(metric));
      } else {
        select = select.where('metric_type', '=', metric);
      }
    }
    if (query.category !== undefined) select = select.where('category', '=', query.category);
    if (query.since !== undefined) select = select.where('ts_ms', '>=', query.since.getTime());
    if (query.until !== undefined) select = select.where('ts_ms', '<', query.until.getTime());
    if (cursorSeq !== undefined) select = select.where('seq', '>', cursorSeq);
    for (const column of leading) select = select.orderBy(column, 'asc');
    return select.orderBy('seq', 'asc').limit(query.limit + 1);
  }

  async importScan(scan: Scan, batches: AsyncIterable<readonly CbpEvent[]>): Promise<number> {
    return this.transaction(async (trx) => {
      await trx.insertInto('scans').values(scanToRow(scan)).execute();
      let inserted = 0;
      for await (const batch of batches) {
        for (const chunk of chunks(batch, INSERT_CHUNK)) {
          const foreign = chunk.find((event) => event.scan_id !== scan.id);
          if (foreign) throw new RangeError(`event ${foreign.event_id} is not of scan ${scan.id}`);
          const rows = await trx
            .insertInto('events')
            .values(chunk.map(toEventRow))
            .onConflict((oc) => oc.columns(['scan_id', 'resource_id', 'metric_type']).doNothing())
            .returning('event_id')
            .execute();
          inserted += rows.length;
        }
      }
      await addEventCounts(trx, new Map([[scan.id, inserted]]));
      return inserted;
    });
  }

  // ---- outbox of the remote sinks

  nextOutboxBatch(sink: string, limits: OutboxLimits, at: Date): Promise<OutboxBatch | null> {
    return outbox.nextOutboxBatch(this.db, this.dialect, sink, limits, at);
  }

  ackOutboxBatch(sink: string, batchId: string, at: Date): Promise<void> {
    return outbox.ackOutboxBatch(this.db, sink, batchId, at);
  }

  retryOutboxBatch(
    sink: string,
    batchId: string,
    failure: DeliveryFailure,
    at: Date,
    retryAt: Date,
  ): Promise<void> {
    return outbox.retryOutboxBatch(this.db, sink, batchId, failure, at, retryAt);
  }

  deadLetterOutboxBatch(
    sink: string,
    batchId: string,
    failure: DeliveryFailure,
    at: Date,
  ): Promise<void> {
    return outbox.deadLetterOutboxBatch(this.db, sink, batchId, failure, at);
  }

  listDeadLetters(
    sink: string,
    query: { limit: number; cursor?: string },
  ): Promise<Page<DeadLetter>> {
    return outbox.listDeadLetters(this.db, sink, query);
  }

  redriveDeadLetter(sink: string, id: string, at: Date): Promise<string | null> {
    return outbox.redriveDeadLetter(this.db, sink, id, at);
  }

  sinkStatuses(): Promise<SinkStatus[]> {
    return outbox.sinkStatuses(this.db);
  }

  acquireSinkLease(sink: string, owner: string, ttlMs: number, at: Date): Promise<boolean> {
    return outbox.acquireSinkLease(this.db, sink, owner, ttlMs, at);
  }

  releaseSinkLease(sink: string, owner: string): Promise<void> {
    return outbox.releaseSinkLease(this.db, sink, owner);
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
        role: record.role ?? (record.client_id === null ? 'admin' : 'read_write'),
        source: record.source ?? 'store',
      })
      .execute();
  }

  async findApiKey(secretHash: string): Promise<StoredApiKey | null> {
    const row = await this.db
      .selectFrom('api_keys')
      .select(API_KEY_COLUMNS)
      .where('secret_hash', '=', secretHash)
      .executeTakeFirst();
    return row ? toStoredKey(row) : null;
  }

  async listApiKeys(query: { client_id?: string } = {}): Promise<StoredApiKey[]> {
    const rows = await this.db
      .selectFrom('api_keys')
      .select(API_KEY_COLUMNS)
      .$if(query.client_id !== undefined, (q) => q.where('client_id', '=', query.client_id!))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toStoredKey);
  }

  async revokeApiKey(id: string, at: Date): Promise<StoredApiKey | null> {
    await this.db
      .updateTable('api_keys')
      .set({ revoked_at: at.toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    const row = await this.db
      .selectFrom('api_keys')
      .select(API_KEY_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toStoredKey(row) : null;
  }

  async touchApiKey(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable('api_keys')
      .set({ last_used_at: at.toISOString() })
      .where('id', '=', id)
      .execute();
  }

  async countApiKeys(): Promise<number> {
    const row = await this.db
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  // ---- cache of API answers

  async getCached(key: string, now: Date): Promise<JsonValue | null> {
    const row = await this.db
      .selectFrom('result_cache')
      .select('value')
      .where('key', '=', key)
      .where('expires_ms', '>', now.getTime())
      .executeTakeFirst();
    return row ? (JSON.parse(row.value) as JsonValue) : null;
  }

  async putCached(key: string, value: JsonValue, expiresAt: Date, now: Date): Promise<void> {
    const entry = {
      value: JSON.stringify(value),
      stored_at: now.toISOString(),
      expires_ms: expiresAt.getTime(),
    };
    await this.transaction(async (trx) => {
      await trx.deleteFrom('result_cache').where('expires_ms', '<=', now.getTime()).execute();
      await trx
        .insertInto('result_cache')
        .values({ key, ...entry })
        .onConflict((oc) => oc.column('key').doUpdateSet(entry))
        .execute();
    });
  }
}

const API_KEY_COLUMNS = [
  'id',
  'client_id',
  'name',
  'created_at',
  'role',
  'source',
  'last_used_at',
  'revoked_at',
] as const;

function toStoredKey(row: {
  id: string;
  client_id: string | null;
  name: string;
  created_at: string;
  role: string;
  source: string;
  last_used_at: string | null;
  revoked_at: string | null;
}): StoredApiKey {
  return {
    ...row,
    role: row.role as ApiKeyRole,
    source: row.source === 'env' ? 'env' : 'store',
  };
}

// ---- shared helpers (the SQLite fast path uses them too)

type EventIndexColumn = 'client_id' | 'scan_id' | 'resource_id' | 'metric_type';

/** The leading columns of the events index (…, seq) that serves a query's equality filters. */
function eventIndexColumns(query: EventQuery): EventIndexColumn[] {
  if (query.scan_id !== undefined) return ['scan_id'];
  if (query.client_id === undefined) return [];
  if (query.resource_id !== undefined) return ['client_id', 'resource_id'];
  if (query.metric_type !== undefined && !query.metric_type.endsWith('.'))
    return ['client_id', 'metric_type'];
  return ['client_id'];
}

/** The columns an event query reads, in this order (the SQLite path reads them as arrays). */
export const EVENT_COLUMNS = [
  'seq',
  'client_id',
  'timestamp',
  'resource_id',
  'metric_type',
  'metric_value',
  'event_id',
  'scan_id',
  'provider',
  'account_id',
  'region',
  'service',
  'category',
] as const;

type EventColumnsRow = Pick<EventRow, (typeof EVENT_COLUMNS)[number]>;

/** An event read by a query, with the position that the next page's cursor starts after. */
export interface EventWithSeq {
  seq: number;
  event: CbpEvent;
}

/** One event of a query's row, its values in EVENT_COLUMNS order. */
export function eventFromColumns(row: readonly unknown[]): EventWithSeq {
  return {
    seq: Number(row[0]),
    event: {
      client_id: row[1] as string,
      timestamp: row[2] as string,
      resource_id: row[3] as string,
      metric_type: row[4] as string,
      metric_value: JSON.parse(row[5] as string) as MetricValue,
      event_id: row[6] as string,
      scan_id: row[7] as string,
      provider: row[8] as string,
      account_id: row[9] as string,
      region: row[10] as string,
      service: row[11] as string,
      category: row[12] as Category,
    },
  };
}

function metricPrefixUpper(prefix: string): string {
  return prefix.slice(0, -1) + '/';
}

/** What decides an event query's SQL text: the filters present, and a prefix or exact metric. */
function eventQueryShape(query: EventQuery): string {
  const metric =
    query.metric_type === undefined ? '-' : query.metric_type.endsWith('.') ? 'p' : 'm';
  return (
    (query.client_id === undefined ? '-' : 'c') +
    (query.scan_id === undefined ? '-' : 's') +
    (query.resource_id === undefined ? '-' : 'r') +
    metric +
    (query.category === undefined ? '-' : 'k') +
    (query.since === undefined ? '-' : 'f') +
    (query.until === undefined ? '-' : 't') +
    (query.cursor === undefined ? '-' : 'a')
  );
}

/** The values that the event query of this shape binds, in the order its WHERE writes them. */
function eventQueryParameters(query: EventQuery, cursorSeq: number | undefined): unknown[] {
  const parameters: unknown[] = [];
  const leading = eventIndexColumns(query);
  for (const [i, column] of leading.entries()) {
    const value = query[column] as string;
    if (i < leading.length - 1) parameters.push(value);
    else parameters.push(value, value);
  }
  if (query.client_id !== undefined && !leading.includes('client_id'))
    parameters.push(query.client_id);
  if (query.scan_id !== undefined && !leading.includes('scan_id')) parameters.push(query.scan_id);
  if (query.resource_id !== undefined && !leading.includes('resource_id'))
    parameters.push(query.resource_id);
  if (query.metric_type !== undefined && !leading.includes('metric_type')) {
    const metric = query.metric_type;
    if (metric.endsWith('.')) parameters.push(metric, metricPrefixUpper(metric));
    else parameters.push(metric);
  }
  if (query.category !== undefined) parameters.push(query.category);
  if (query.since !== undefined) parameters.push(query.since.getTime());
  if (query.until !== undefined) parameters.push(query.until.getTime());
  if (cursorSeq !== undefined) parameters.push(cursorSeq);
  parameters.push(query.limit + 1);
  return parameters;
}

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

/** The events of `chunk` that the INSERT … RETURNING reported as new (a duplicate within the chunk once). */
export function newlyInserted(
  chunk: readonly CbpEvent[],
  inserted: readonly { event_id: string }[],
): CbpEvent[] {
  if (inserted.length === chunk.length) return [...chunk];
  const ids = new Set(inserted.map((row) => row.event_id));
  const fresh: CbpEvent[] = [];
  for (const event of chunk) {
    if (ids.delete(event.event_id)) fresh.push(event);
  }
  return fresh;
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
    ...(scan.api_cost_usd !== undefined ? { api_cost_usd: scan.api_cost_usd } : {}),
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
    api_cost_usd: Number(row.api_cost_usd),
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

function rowToEvent(row: EventColumnsRow): CbpEvent {
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
