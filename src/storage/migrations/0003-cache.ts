import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

/** Cached answers of paid or slow APIs (Cost Explorer, Price List), and what each scan's paid calls cost. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('result_cache')
    .addColumn('key', types.bytewiseText, (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .addColumn('expires_ms', types.bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('result_cache_expires_ms')
    .on('result_cache')
    .column('expires_ms')
    .execute();
  await db.schema
    .alterTable('scans')
    .addColumn('api_cost_usd', 'double precision', (c) => c.notNull().defaultTo(0))
    .execute();
}
