import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Dialect,
  type SqliteDatabase,
} from 'kysely';
import type { CbpEvent } from '../../core/index.js';
import { outboxEventJson } from '../kysely-outbox.js';
import { KyselyStore, eventFromColumns, toEventRow, type EventWithSeq } from '../kysely-store.js';
import type { Database } from '../schema.js';

export interface SqliteStoreOptions {
  /** Path of the database file (its folder is created), or `':memory:'`. */
  file: string;
  /** The page cache, in MiB (default 16): more inserts a little faster, and costs as much memory. */
  cacheMib?: number;
}

/** Names of the sinks whose outbox receives the newly inserted events. */
type Sinks = readonly string[];

interface FastPath {
  insertEvents: (events: readonly CbpEvent[], outboxSinks: Sinks) => CbpEvent[];
}

/**
 * The Store on one SQLite connection. Kysely serialises the store's own operations on that
 * connection; `exclusive` lets other users of `database` (the embedded queue) take the same turn,
 * so their writes never land inside a store transaction that is waiting between two statements.
 */
export class SqliteStore extends KyselyStore {
  #fastPath: FastPath | undefined;
  /** The event queries' statements, per SQL text, reading rows as arrays (their own: raw mode). */
  readonly #eventReads = new Map<string, BetterSqlite3.Statement<unknown[], unknown[]>>();

  constructor(readonly database: BetterSqlite3.Database) {
    super(new Kysely<Database>({ dialect: tolerantRollback(database) }), 'sqlite');
  }

  /** Runs `fn` on `database` while no store operation is using the connection. */
  exclusive<T>(fn: (database: BetterSqlite3.Database) => T): Promise<T> {
    return this.db.connection().execute(async () => fn(this.database));
  }

  /** The hot path: one prepared statement in one transaction instead of a Kysely query per batch. */
  override async insertNewEvents(
    events: CbpEvent[],
    outboxSinks: readonly string[] = [],
  ): Promise<CbpEvent[]> {
    if (events.length === 0) return [];
    return this.exclusive(() => this.#prepared().insertEvents(events, outboxSinks));
  }

  /** Event pages through a statement kept per query shape, rows as arrays: no per-row objects. */
  protected override readEventRows(
    text: string,
    parameters: readonly unknown[],
  ): Promise<EventWithSeq[]> {
    return this.exclusive((db) => {
      let statement = this.#eventReads.get(text);
      if (statement === undefined) {
        statement = db.prepare<unknown[], unknown[]>(text).raw(true);
        this.#eventReads.set(text, statement);
      }
      return statement.all(...parameters).map(eventFromColumns);
    });
  }

  override async close(): Promise<void> {
    await super.close();
    if (this.database.open) this.database.close();
  }

  #prepared(): FastPath {
    if (this.#fastPath) return this.#fastPath;
    const db = this.database;
    const insert = db.prepare<unknown[]>(
      `INSERT INTO events (event_id, scan_id, client_id, provider, account_id, region, service,
         category, resource_id, metric_type, metric_value, timestamp, ts_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (scan_id, resource_id, metric_type) DO NOTHING`,
    );
    const addCount = db.prepare<[number, string]>(
      'UPDATE scans SET events_count = events_count + ? WHERE id = ?',
    );
    const enqueue = db.prepare<[string, string]>('INSERT INTO outbox (sink, event) VALUES (?, ?)');
    const insertEvents = db.transaction((batch: readonly CbpEvent[], sinks: Sinks): CbpEvent[] => {
      const added = new Map<string, number>();
      const fresh: CbpEvent[] = [];
      for (const event of batch) {
        const row = toEventRow(event);
        const { changes } = insert.run(
          row.event_id,
          row.scan_id,
          row.client_id,
          row.provider,
          row.account_id,
          row.region,
          row.service,
          row.category,
          row.resource_id,
          row.metric_type,
          row.metric_value,
          row.timestamp,
          row.ts_ms,
        );
        if (changes > 0) {
          fresh.push(event);
          added.set(row.scan_id, (added.get(row.scan_id) ?? 0) + 1);
          if (sinks.length > 0) {
            const json = outboxEventJson(event);
            for (const sink of sinks) enqueue.run(sink, json);
          }
        }
      }
      for (const [scanId, count] of added) addCount.run(count, scanId);
      return fresh;
    });
    this.#fastPath = {
      insertEvents: (batch, outboxSinks) => insertEvents.immediate(batch, outboxSinks),
    };
    return this.#fastPath;
  }
}

/**
 * SQLite rolls a transaction back by itself on some errors (SQLITE_FULL at COMMIT, SQLITE_IOERR…);
 * the ROLLBACK Kysely sends next would fail ("no transaction is active") and hide the cause.
 */
class TolerantRollbackDriver extends SqliteDriver {
  constructor(private readonly database: BetterSqlite3.Database) {
    super({ database: preparedOnce(database) });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.database.inTransaction) await super.rollbackTransaction(connection);
  }
}

/** Prepared statements kept per SQL text: at most this many (the store's queries are a few dozen). */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The connection as Kysely sees it, preparing each distinct SQL text once: Kysely's driver
 * prepares a statement for every query, which costs as much as running a short one. A statement
 * still being iterated (a streamed query) is not shared; it gets a fresh one.
 */
function preparedOnce(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      const cached = cache.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(sql);
      if (cached) return statement;
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
      return statement;
    },
  };
}

function tolerantRollback(database: BetterSqlite3.Database): Dialect {
  const dialect = new SqliteDialect({ database });
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => new TolerantRollbackDriver(database),
  };
}

/** Opens (creating if needed) a SQLite store in WAL mode and brings its schema up to date. */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  const inMemory = options.file === ':memory:' || options.file === '';
  if (!inMemory) mkdirSync(dirname(resolve(options.file)), { recursive: true });
  const database = new BetterSqlite3(options.file);
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    // Event ids are hashes, so every batch touches index pages all over the file: fewer, larger
    // checkpoints keep the insert rate several times higher. The cache is the process's memory:
    // 16 MiB writes about two thirds as fast as 64 MiB by itself, and a scan's pipeline no slower.
    database.pragma(`cache_size = ${-Math.round((options.cacheMib ?? 16) * 1024)}`);
    database.pragma('wal_autocheckpoint = 10000');
    database.pragma('journal_size_limit = 67108864');
    const store = new SqliteStore(database);
    await store.migrate();
    return store;
  } catch (error) {
    database.close();
    throw error;
  }
}
