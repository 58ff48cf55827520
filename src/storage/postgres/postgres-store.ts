import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyStore, eventFromColumns, type EventWithSeq } from '../kysely-store.js';
import { migrateToLatest } from '../migrations/index.js';
import type { Database } from '../schema.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/db` (or `postgresql://…`). */
  url: string;
  /** Connections in the pool (default 10). */
  max?: number;
  /**
   * A schema to keep every table in, created if missing (default: the connection's own
   * search_path, normally `public`). Lets several stores share one database.
   */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The Store on a pool of PostgreSQL connections; the SQL is the shared Kysely implementation. */
export class PostgresStore extends KyselyStore {
  constructor(
    readonly pool: pg.Pool,
    readonly schema?: string,
  ) {
    super(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), 'postgres');
  }

  /** Event pages straight from the pool, rows as arrays: no per-row objects, no Kysely round. */
  protected override async readEventRows(
    text: string,
    parameters: readonly unknown[],
  ): Promise<EventWithSeq[]> {
    const { rows } = await this.pool.query<unknown[]>({
      text,
      values: [...parameters],
      rowMode: 'array',
    });
    return rows.map(eventFromColumns);
  }

  override async migrate(): Promise<void> {
    await migrateToLatest(this.db as unknown as Kysely<unknown>, 'postgres', this.schema);
  }
}

/**
 * Opens a pool on `url` and brings the schema up to date. Several processes may start at once:
 * Kysely's migrator holds an advisory lock while it migrates.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new RangeError(`schema must be a lower-case SQL identifier, got ${schema}`);
  }
  if (schema !== undefined) await createSchema(options.url, schema);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection dropped by the server is replaced on next use; without a listener the
  // pool's error event would end the process.
  pool.on('error', () => {});
  let store: PostgresStore | undefined;
  try {
    // The migrator looks for its history table in every schema unless told which one is ours.
    const { rows } = await pool.query<{ schema: string | null }>(
      'SELECT current_schema() AS schema',
    );
    const current = rows[0]?.schema;
    if (!current) throw new Error('the connection has no schema to create tables in (search_path)');
    store = new PostgresStore(pool, current);
    await store.migrate();
    return store;
  } catch (error) {
    if (store) await store.close();
    else await pool.end();
    throw error;
  }
}

async function createSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    // Two processes creating it at once: IF NOT EXISTS does not guard the catalogue's unique index.
    const { rowCount } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [
      schema,
    ]);
    if (rowCount === 0) throw error;
  } finally {
    await client.end();
  }
}
