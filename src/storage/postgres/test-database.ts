import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the tests use: TEST_DATABASE_URL, or the CI machine's. */
export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

/** Why PostgreSQL cannot be used at `url`, or null when it answers. */
export async function postgresUnavailable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `PostgreSQL does not answer at ${redactUrl(url)} (${message}); set TEST_DATABASE_URL`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A schema name no other test run uses. */
export function uniqueSchema(purpose: string): string {
  return `cdz_test_${purpose}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
