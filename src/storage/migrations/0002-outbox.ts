import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

/**
 * The outbox of the remote sinks (Opsteamize, webhook): one row per event and sink, written in the
 * transaction that inserts the event, deleted in the transaction that records the aggregator's
 * acknowledgement. Rows are sealed into batches before they are sent, so a batch keeps its events
 * and its idempotency key across retries and restarts.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('outbox')
    .addColumn('id', types.serialKey.type, types.serialKey.build)
    .addColumn('sink', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text')
    .addColumn('event', 'text', (c) => c.notNull())
    .execute();
  // Serves the next unsealed rows of a sink in order, a batch's rows (an id range) and the backlog
  // counts. batch_id stays out of it, so that sealing a batch rewrites rows, not index entries.
  await db.schema.createIndex('outbox_sink_id').on('outbox').columns(['sink', 'id']).execute();

  await db.schema
    .createTable('outbox_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sink', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('first_id', types.bigint, (c) => c.notNull())
    .addColumn('last_id', types.bigint, (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_ms', types.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('status_code', 'integer')
    .addColumn('error', 'text')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_batches_sink_status_first')
    .on('outbox_batches')
    .columns(['sink', 'status', 'first_id'])
    .execute();

  // Delivery counters and the lease that lets one deliverer at a time drain a sink.
  await db.schema
    .createTable('sink_state')
    .addColumn('sink', 'text', (c) => c.primaryKey())
    .addColumn('delivered_events', types.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('delivered_batches', types.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('last_delivered_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('lease_owner', 'text')
    .addColumn('lease_expires_ms', types.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['sink_state', 'outbox_batches', 'outbox']) {
    await db.schema.dropTable(table).execute();
  }
}
