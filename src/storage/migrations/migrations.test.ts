import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { SqlDialect } from '../schema.js';
import { StaticMigrationProvider } from './index.js';

/** The DDL each dialect would run, compiled without a server. */
async function ddl(dialect: SqlDialect): Promise<string[]> {
  const statements: string[] = [];
  const pg = dialect === 'postgres';
  const db = new Kysely<unknown>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => (pg ? new PostgresIntrospector(k) : new SqliteIntrospector(k)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
    log: (event) => {
      statements.push(event.query.sql);
    },
  });
  const migrations = await new StaticMigrationProvider(dialect).getMigrations();
  for (const name of Object.keys(migrations).sort()) await migrations[name]!.up(db);
  await db.destroy();
  return statements;
}

describe('migrations', () => {
  it('number events with an identity column on PostgreSQL and AUTOINCREMENT on SQLite', async () => {
    const postgres = (await ddl('postgres')).join('\n');
    const sqlite = (await ddl('sqlite')).join('\n');
    expect(postgres).toMatch(/"seq" bigint generated always as identity primary key/);
    expect(postgres).not.toMatch(/autoincrement/);
    expect(sqlite).toMatch(/"seq" integer primary key autoincrement/);
    expect(sqlite).not.toMatch(/identity|collate/);
  });

  it('compare metric types byte by byte on PostgreSQL so that prefix ranges are exact', async () => {
    const postgres = (await ddl('postgres')).join('\n');
    expect(postgres).toMatch(/"metric_type" text collate "C" not null/);
    expect(postgres).toMatch(/"ts_ms" bigint not null/);
  });

  it('create the same tables and indexes on both dialects', async () => {
    const names = (statements: string[]) =>
      statements.map((s) => /create (?:unique )?(?:table|index) "(\w+)"/.exec(s)?.[1]).sort();
    const postgres = names(await ddl('postgres'));
    expect(postgres).toEqual(names(await ddl('sqlite')));
    expect(postgres).toEqual(
      expect.arrayContaining(['scans', 'scan_units', 'scan_credentials', 'events', 'api_keys']),
    );
  });
});
