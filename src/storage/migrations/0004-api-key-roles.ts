import { sql, type Kysely } from 'kysely';

/** API keys gain a role, where they came from, when they were last used and when revoked. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('api_keys')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('read_write'))
    .execute();
  await db.schema
    .alterTable('api_keys')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('store'))
    .execute();
  await db.schema.alterTable('api_keys').addColumn('last_used_at', 'text').execute();
  await db.schema.alterTable('api_keys').addColumn('revoked_at', 'text').execute();
  // Keys from before roles: without a client they were admin keys; with one, read-write.
  await sql`UPDATE api_keys SET role = 'admin' WHERE client_id IS NULL`.execute(db);
  await sql`UPDATE api_keys SET source = 'env' WHERE name LIKE 'CLOUDDIAGNOZE_API_KEYS%'`.execute(
    db,
  );
}
