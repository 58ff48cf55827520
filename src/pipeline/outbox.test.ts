import pg from 'pg';
import { afterAll, describe } from 'vitest';
import { createPostgresStore } from '../storage/postgres/postgres-store.js';
import {
  postgresUnavailable,
  testDatabaseUrl,
  uniqueSchema,
} from '../storage/postgres/test-database.js';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';
import { describeOutboxConformance } from './outbox.conformance.js';

describeOutboxConformance('SQLite', () => createSqliteStore({ file: ':memory:' }));

const url = testDatabaseUrl();
const skipReason = await postgresUnavailable(url);
if (skipReason) console.warn(`PostgreSQL outbox tests are skipped: ${skipReason}`);
const schemas: string[] = [];

afterAll(async () => {
  if (skipReason || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

describe.skipIf(skipReason !== null)('PostgreSQL', () => {
  describeOutboxConformance('PostgreSQL', () => {
    const schema = uniqueSchema('outbox');
    schemas.push(schema);
    return createPostgresStore({ url, schema });
  });
});
