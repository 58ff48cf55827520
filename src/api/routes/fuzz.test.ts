import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test-support.js';
import type { Store } from '../../core/index.js';
import { createPostgresStore } from '../../storage/postgres/postgres-store.js';
import {
  postgresUnavailable,
  testDatabaseUrl,
  uniqueSchema,
} from '../../storage/postgres/test-database.js';

const url = testDatabaseUrl();
const postgresSkip = await postgresUnavailable(url);
if (postgresSkip && process.env.CI) throw new Error(`the API fuzz test needs ${postgresSkip}`);
if (postgresSkip) console.warn(`API fuzz test on PostgreSQL is skipped: ${postgresSkip}`);

const schema = uniqueSchema('fuzz');

/** What a hostile or careless client sends: NUL bytes, lone surrogates, paths, huge and empty values. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '%00',
    '../../x',
    '..%2F..%2Fetc%2Fpasswd',
    '\uD800',
    '\uFFFF',
    '',
    ' ',
    'x'.repeat(5000),
    '1e309',
    '-1',
    '0',
    'null',
    '{"$gt":""}',
    "' OR 1=1 --",
  ),
);

const jsonValue = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 3 }),
  fc.dictionary(nasty, nasty, { maxKeys: 3 }),
);

/** A path segment percent-encoded; a lone surrogate becomes bytes that are not UTF-8 at all. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

interface Operation {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
}

describe.skipIf(postgresSkip !== null)('every API route under fuzzed input (PostgreSQL)', () => {
  let store: Store;
  let api: TestApi;
  let operations: Operation[];

  beforeAll(async () => {
    store = await createPostgresStore({ url, schema, max: 4 });
    api = await createTestApi({ store });
    const doc = (await api.app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    operations = Object.entries(doc.paths)
      // Live streams never end (server-sent events); the rest answer once.
      .filter(([path]) => !path.startsWith('/api/v1/live'))
      .flatMap(([path, methods]) =>
        Object.keys(methods)
          .map((method) => method.toUpperCase())
          .filter((method): method is Operation['method'] =>
            ['GET', 'POST', 'DELETE'].includes(method),
          )
          .map((method) => ({ method, path })),
      );
    expect(operations.length).toBeGreaterThan(15);
  });

  afterAll(async () => {
    await api?.app.close();
    await store?.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('never answers 5xx, and a refused request stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(nasty, { minLength: 3, maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom(
            'client_id',
            'scan_id',
            'resource_id',
            'metric_type',
            'limit',
            'cursor',
            'since',
            'status',
            'format',
            'category',
          ),
          nasty,
          { maxKeys: 3 },
        ),
        fc.oneof(
          jsonValue,
          fc.record({
            provider: fc.constantFrom('aws', 'gcp', 'azure'),
            services: fc.array(nasty, { maxLength: 2 }),
            regions: fc.array(nasty, { maxLength: 2 }),
            client_id: nasty,
            auth_mode: fc.oneof(
              fc.record({ type: fc.constant('sts'), role_arn: nasty, external_id: nasty }),
              fc.record({
                type: fc.constant('organization'),
                member_role_name: nasty,
              }),
            ),
          }),
        ),
        async (pick, segments, query, body) => {
          const operation = operations[pick % operations.length]!;
          let i = 0;
          const path = operation.path.replace(/\{[^}]+\}/g, () =>
            encodeSegment(segments[i++ % segments.length]!),
          );
          const search = new URLSearchParams(query).toString();
          const before = (await store.listScans({ limit: 1000 })).items.length;
          const response = await api.app.inject({
            method: operation.method,
            url: search ? `${path}?${search}` : path,
            headers: api.admin,
            ...(operation.method === 'POST' && { payload: body as object }),
          });
          expect(response.statusCode, `${operation.method} ${path}?${search}`).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect((await store.listScans({ limit: 1000 })).items).toHaveLength(before);
          }
        },
      ),
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  }, 120_000);
});
