import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ExpressionBuilder, Kysely, Selectable, Transaction } from 'kysely';
import type {
  CbpEvent,
  DeadLetter,
  DeliveryFailure,
  OutboxBatch,
  OutboxLimits,
  Page,
  SinkStatus,
} from '../core/index.js';
import type { Database, OutboxBatchesTable, SqlDialect } from './schema.js';
import { withEnvelope } from '../core/index.js';

/** Rows per multi-row INSERT and ids per IN list: well under both dialects' parameter limits. */
const CHUNK = 1000;

/**
 * An event as the outbox keeps it: the five 2CBP fields first (`metric_value` last of them), then
 * the envelope from `event_id` on. A sink that sends the bare wire format cuts it before
 * `,"event_id":` instead of parsing it (inside the envelope's strings a quote is always escaped).
 */
export function outboxEventJson(event: CbpEvent): string {
  return JSON.stringify(withEnvelope(event));
}

/** The outbox half of the store on Kysely, for SQLite and PostgreSQL alike. */

/** Queues each event once per sink; called inside the transaction that inserted the events. */
export async function enqueueOutbox(
  trx: Transaction<Database>,
  events: readonly CbpEvent[],
  sinks: readonly string[],
): Promise<void> {
  if (events.length === 0 || sinks.length === 0) return;
  const json = events.map(outboxEventJson);
  for (const sink of sinks) {
    for (let i = 0; i < json.length; i += CHUNK) {
      await trx
        .insertInto('outbox')
        .values(json.slice(i, i + CHUNK).map((event) => ({ sink, event, batch_id: null })))
        .execute();
    }
  }
}

/**
 * SQLite lets one writer in at a time: a transaction that reads before it writes may find its
 * snapshot stale when it tries to write. Every outbox transaction therefore begins with this write.
 */
async function touchSink(trx: Transaction<Database>, sink: string): Promise<void> {
  await trx
    .insertInto('sink_state')
    .values({ sink, delivered_events: 0, delivered_batches: 0, lease_expires_ms: 0 })
    .onConflict((oc) => oc.column('sink').doNothing())
    .execute();
}

export async function nextOutboxBatch(
  db: Kysely<Database>,
  dialect: SqlDialect,
  sink: string,
  limits: OutboxLimits,
  at: Date,
): Promise<OutboxBatch | null> {
  if (!Number.isInteger(limits.maxEvents) || limits.maxEvents < 1)
    throw new RangeError(`maxEvents must be a positive integer, got ${limits.maxEvents}`);
  return db.transaction().execute(async (trx) => {
    await touchSink(trx, sink);
    const pending = await trx
      .selectFrom('outbox_batches')
      .selectAll()
      .where('sink', '=', sink)
      .where('status', '=', 'pending')
      .orderBy('first_id')
      .limit(1)
      .executeTakeFirst();
    if (pending) {
      const rows = await trx
        .selectFrom('outbox')
        .select('event')
        .where((eb) => inBatch(eb, pending))
        .orderBy('id')
        .execute();
      return {
        id: pending.id,
        sink,
        events: rows.map((r) => r.event),
        attempts: pending.attempts,
        notBefore: new Date(Number(pending.next_attempt_ms)),
      };
    }
    // Sizes only: the events themselves are read once, as they are sealed.
    const size =
      dialect === 'postgres'
        ? sql<number>`octet_length(event)`
        : sql<number>`length(CAST(event AS BLOB))`;
    const candidates = await trx
      .selectFrom('outbox')
      .select(['id', size.as('bytes')])
      .where('sink', '=', sink)
      .where('batch_id', 'is', null)
      .orderBy('id')
      .limit(limits.maxEvents)
      .execute();
    if (candidates.length === 0) return null;
    let take = 0;
    let total = 0;
    for (const row of candidates) {
      const bytes = Number(row.bytes) + 1;
      if (take > 0 && total + bytes > limits.maxBytes) break;
      total += bytes;
      take += 1;
    }
    const id = randomUUID();
    // The batch is what this UPDATE seals, read back in the same statement. On PostgreSQL a row
    // committed late with an id inside the range joins it (a few events over the limits at most);
    // one sealed meanwhile by a deliverer whose lease ran out is left to that batch.
    const sealed = await trx
      .updateTable('outbox')
      .set({ batch_id: id })
      .where('sink', '=', sink)
      .where('batch_id', 'is', null)
      .where('id', '>=', candidates[0]!.id)
      .where('id', '<=', candidates[take - 1]!.id)
      .returning(['id', 'event'])
      .execute();
    if (sealed.length === 0) return null;
    const chosen = sealed.sort((a, b) => Number(a.id) - Number(b.id));
    const bytes = chosen.reduce((n, row) => n + Buffer.byteLength(row.event) + 1, 0);
    await trx
      .insertInto('outbox_batches')
      .values({
        id,
        sink,
        status: 'pending',
        first_id: Number(chosen[0]!.id),
        last_id: Number(chosen.at(-1)!.id),
        events: chosen.length,
        bytes,
        attempts: 0,
        next_attempt_ms: 0,
        status_code: null,
        error: null,
        response_body: null,
        created_at: at.toISOString(),
        failed_at: null,
      })
      .execute();
    return { id, sink, events: chosen.map((r) => r.event), attempts: 0, notBefore: new Date(0) };
  });
}

export async function ackOutboxBatch(
  db: Kysely<Database>,
  sink: string,
  batchId: string,
  at: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const batch = await trx
      .deleteFrom('outbox_batches')
      .where('id', '=', batchId)
      .where('sink', '=', sink)
      .where('status', '=', 'pending')
      .returning(['id', 'sink', 'first_id', 'last_id', 'events'])
      .executeTakeFirst();
    // Already acknowledged (a deliverer that took the lease over resent it): nothing left to do.
    if (!batch) return;
    await trx
      .deleteFrom('outbox')
      .where((eb) => inBatch(eb, batch))
      .execute();
    await trx
      .updateTable('sink_state')
      .set((eb) => ({
        delivered_events: eb('delivered_events', '+', batch.events),
        delivered_batches: eb('delivered_batches', '+', 1),
        last_delivered_at: at.toISOString(),
        // The sink recovered: its last error is history, not its state.
        last_error: null,
        last_error_at: null,
      }))
      .where('sink', '=', sink)
      .execute();
  });
}

async function recordFailure(
  db: Kysely<Database>,
  sink: string,
  batchId: string,
  failure: DeliveryFailure,
  at: Date,
  update: { status: 'pending' | 'dead'; nextAttemptMs: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outbox_batches')
      .set((eb) => ({
        status: update.status,
        attempts: eb('attempts', '+', 1),
        next_attempt_ms: update.nextAttemptMs,
        status_code: failure.statusCode,
        error: failure.error,
        response_body: failure.responseBody ?? null,
        failed_at: at.toISOString(),
      }))
      .where('id', '=', batchId)
      .where('sink', '=', sink)
      .where('status', '=', 'pending')
      .execute();
    await trx
      .updateTable('sink_state')
      .set({ last_error: failure.error, last_error_at: at.toISOString() })
      .where('sink', '=', sink)
      .execute();
  });
}

export function retryOutboxBatch(
  db: Kysely<Database>,
  sink: string,
  batchId: string,
  failure: DeliveryFailure,
  at: Date,
  retryAt: Date,
): Promise<void> {
  return recordFailure(db, sink, batchId, failure, at, {
    status: 'pending',
    nextAttemptMs: retryAt.getTime(),
  });
}

export function deadLetterOutboxBatch(
  db: Kysely<Database>,
  sink: string,
  batchId: string,
  failure: DeliveryFailure,
  at: Date,
): Promise<void> {
  return recordFailure(db, sink, batchId, failure, at, { status: 'dead', nextAttemptMs: 0 });
}

type BatchRange = Pick<Selectable<OutboxBatchesTable>, 'id' | 'sink' | 'first_id' | 'last_id'>;

/** The outbox rows of a batch: its id range (an index range), then its id. */
function inBatch(eb: ExpressionBuilder<Database, 'outbox'>, batch: BatchRange) {
  return eb.and([
    eb('sink', '=', batch.sink),
    eb('id', '>=', batch.first_id),
    eb('id', '<=', batch.last_id),
    eb('batch_id', '=', batch.id),
  ]);
}

/** A dead-letter cursor that this store did not hand out. */
export class InvalidDeadLetterCursorError extends RangeError {
  readonly code = 'INVALID_CURSOR';
  constructor() {
    super('invalid cursor: pass back the next_cursor of the previous page unchanged');
  }
}

export async function listDeadLetters(
  db: Kysely<Database>,
  sink: string,
  query: { limit: number; cursor?: string },
): Promise<Page<DeadLetter>> {
  if (!Number.isInteger(query.limit) || query.limit < 1)
    throw new RangeError(`limit must be a positive integer, got ${query.limit}`);
  let select = db
    .selectFrom('outbox_batches')
    .selectAll()
    .where('sink', '=', sink)
    .where('status', '=', 'dead');
  if (query.cursor !== undefined) {
    if (!/^\d{1,15}$/.test(query.cursor)) throw new InvalidDeadLetterCursorError();
    select = select.where('first_id', '>', Number(query.cursor));
  }
  const rows = await select
    .orderBy('first_id')
    .limit(query.limit + 1)
    .execute();
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map(toDeadLetter),
    next_cursor: rows.length > query.limit && last ? String(Number(last.first_id)) : null,
  };
}

function toDeadLetter(row: Selectable<OutboxBatchesTable>): DeadLetter {
  return {
    id: row.id,
    sink: row.sink,
    events: row.events,
    bytes: row.bytes,
    attempts: row.attempts,
    status_code: row.status_code,
    error: row.error,
    response_body: row.response_body,
    created_at: row.created_at,
    failed_at: row.failed_at,
  };
}

export async function redriveDeadLetter(
  db: Kysely<Database>,
  sink: string,
  id: string,
  at: Date,
): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    await touchSink(trx, sink);
    const dead = await trx
      .selectFrom('outbox_batches')
      .selectAll()
      .where('id', '=', id)
      .where('sink', '=', sink)
      .where('status', '=', 'dead')
      .executeTakeFirst();
    if (!dead) return null;
    // A new key: an aggregator may remember the answer it gave to the rejected one.
    const next = randomUUID();
    await trx
      .insertInto('outbox_batches')
      .values({
        ...dead,
        first_id: Number(dead.first_id),
        last_id: Number(dead.last_id),
        id: next,
        status: 'pending',
        attempts: 0,
        next_attempt_ms: 0,
        status_code: null,
        error: null,
        response_body: null,
        created_at: at.toISOString(),
        failed_at: null,
      })
      .execute();
    await trx
      .updateTable('outbox')
      .set({ batch_id: next })
      .where((eb) => inBatch(eb, dead))
      .execute();
    await trx.deleteFrom('outbox_batches').where('id', '=', id).execute();
    return next;
  });
}

export async function sinkStatuses(db: Kysely<Database>): Promise<SinkStatus[]> {
  const [queued, batches, states] = await Promise.all([
    db
      .selectFrom('outbox')
      .select((eb) => ['sink', eb.fn.countAll().as('n')])
      .groupBy('sink')
      .execute(),
    db
      .selectFrom('outbox_batches')
      .select((eb) => [
        'sink',
        'status',
        eb.fn.countAll().as('batches'),
        eb.fn.sum('events').as('events'),
        eb.fn.min('next_attempt_ms').as('next_attempt_ms'),
      ])
      .groupBy(['sink', 'status'])
      .execute(),
    db.selectFrom('sink_state').selectAll().execute(),
  ]);
  const statuses = new Map<string, SinkStatus>();
  const of = (sink: string): SinkStatus => {
    let status = statuses.get(sink);
    if (!status) {
      status = {
        sink,
        backlog_events: 0,
        dead_letter_batches: 0,
        dead_letter_events: 0,
        delivered_events: 0,
        delivered_batches: 0,
        last_delivered_at: null,
        last_error: null,
        last_error_at: null,
        next_attempt_at: null,
      };
      statuses.set(sink, status);
    }
    return status;
  };
  for (const row of queued) of(row.sink).backlog_events += Number(row.n);
  for (const row of batches) {
    const status = of(row.sink);
    if (row.status === 'dead') {
      status.dead_letter_batches = Number(row.batches);
      status.dead_letter_events = Number(row.events);
      status.backlog_events -= Number(row.events);
    } else {
      const next = Number(row.next_attempt_ms);
      if (next > 0) status.next_attempt_at = new Date(next).toISOString();
    }
  }
  for (const row of states) {
    Object.assign(of(row.sink), {
      delivered_events: Number(row.delivered_events),
      delivered_batches: Number(row.delivered_batches),
      last_delivered_at: row.last_delivered_at,
      last_error: row.last_error,
      last_error_at: row.last_error_at,
    });
  }
  return [...statuses.values()].sort((a, b) => a.sink.localeCompare(b.sink));
}

export async function acquireSinkLease(
  db: Kysely<Database>,
  sink: string,
  owner: string,
  ttlMs: number,
  at: Date,
): Promise<boolean> {
  const now = at.getTime();
  const expires = now + ttlMs;
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sink_state')
      .values({
        sink,
        delivered_events: 0,
        delivered_batches: 0,
        lease_owner: owner,
        lease_expires_ms: expires,
      })
      .onConflict((oc) =>
        oc
          .column('sink')
          .doUpdateSet({ lease_owner: owner, lease_expires_ms: expires })
          .where((eb) =>
            eb.or([
              eb('sink_state.lease_owner', '=', owner),
              eb('sink_state.lease_owner', 'is', null),
              eb('sink_state.lease_expires_ms', '<=', now),
            ]),
          ),
      )
      .execute();
    const row = await trx
      .selectFrom('sink_state')
      .select('lease_owner')
      .where('sink', '=', sink)
      .executeTakeFirst();
    return row?.lease_owner === owner;
  });
}

export async function releaseSinkLease(
  db: Kysely<Database>,
  sink: string,
  owner: string,
): Promise<void> {
  await db
    .updateTable('sink_state')
    .set({ lease_owner: null, lease_expires_ms: 0 })
    .where('sink', '=', sink)
    .where('lease_owner', '=', owner)
    .execute();
}
