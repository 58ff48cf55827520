import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { SqlDialect } from '../schema.js';
import { columnTypes } from './column-types.js';
import type { ColumnTypes } from './column-types.js';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-outbox.js';
import * as m0003 from './0003-cache.js';
import * as m0004 from './0004-api-key-roles.js';

interface DialectMigration {
  up(db: Kysely<unknown>, types: ColumnTypes): Promise<void>;
  down?(db: Kysely<unknown>, types: ColumnTypes): Promise<void>;
}

/** Every migration, in the order it runs; names sort in the same order. Append, never edit. */
export const MIGRATIONS: readonly (readonly [string, DialectMigration])[] = [
  ['0001-initial', m0001],
  ['0002-outbox', m0002],
  ['0003-cache', m0003],
  ['0004-api-key-roles', m0004],
];

/** Serves the migrations from this module (no folder scan, so it works the same once bundled). */
export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: SqlDialect) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const types = columnTypes(this.dialect);
    const migrations: Record<string, Migration> = {};
    for (const [name, migration] of MIGRATIONS) {
      const { down } = migration;
      migrations[name] = {
        up: (db) => migration.up(db, types),
        ...(down ? { down: (db: Kysely<unknown>) => down(db, types) } : {}),
      };
    }
    return migrations;
  }
}

export class MigrationError extends Error {}

/**
 * Brings the schema up to date; running it again is a no-op. `schema` names the PostgreSQL schema
 * the tables live in, so that the migrator never mistakes another schema's history for its own.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: SqlDialect,
  schema?: string,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new StaticMigrationProvider(dialect),
    ...(schema !== undefined ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new MigrationError(
      `database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
