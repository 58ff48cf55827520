export { InvalidCursorError, KyselyStore, RecordNotFoundError } from './kysely-store.js';
export { MigrationError, migrateToLatest } from './migrations/index.js';
export type { Database, SqlDialect } from './schema.js';
export { SqliteStore, createSqliteStore } from './sqlite/sqlite-store.js';
export type { SqliteStoreOptions } from './sqlite/sqlite-store.js';
