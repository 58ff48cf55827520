import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../migrations/index.js';
import { describeStoreConformance, makeEvent, makeScan } from '../store.conformance.js';
import { expectEveryEventQueryShape } from '../event-query-shapes.conformance.js';
import { createPostgresStore } from './postgres-store.js';
import { postgresUnavailable, testDatabaseUrl, uniqueSchema } from './test-database.js';

const url = testDatabaseUrl();
const skipReason = await postgresUnavailable(url);
if (skipReason) console.warn(`PostgreSQL store tests are skipped: ${skipReason}`);

const schemas: string[] = [];
async function openStore(max?: number) {
  const schema = uniqueSchema('store');
  schemas.push(schema);
  return createPostgresStore({ url, schema, max });
}

afterAll(async () => {
  if (skipReason || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

describe.skipIf(skipReason !== null)('PostgreSQL store', () => {
  describeStoreConformance('PostgreSQL', () => openStore());

  it('answers every shape of event query, from its SQL compiled once, as the filters say', async () => {
    const store = await openStore();
    try {
      await expectEveryEventQueryShape(store);
    } finally {
      await store.close();
    }
  });

  it('keeps each store in its own schema, so two stores on one database never see each other', async () => {
    const a = await openStore();
    const b = await openStore();
    try {
      const scan = makeScan();
      await a.createScan(scan, null);
      expect(await a.getScan(scan.id)).toEqual(scan);
      expect(await b.getScan(scan.id)).toBeNull();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('stores each event once when two connections insert the same batch at the same time', async () => {
    const store = await openStore(4);
    try {
      const scan = makeScan();
      await store.createScan(scan, null);
      const batch = Array.from({ length: 2500 }, (_, i) =>
        makeEvent({
          scan,
          resourceId: `arn:aws:ec2:eu-west-3:123456789012:instance/i-${String(i).padStart(17, '0')}`,
          metricType: 'aws.metadata.ec2.instance_type',
          value: 't3.micro',
        }),
      );
      const added = await Promise.all([store.insertEvents(batch), store.insertEvents(batch)]);
      expect(added[0]! + added[1]!).toBe(2500);
      expect((await store.getScan(scan.id))?.progress.events).toBe(2500);
      const { rows } = await store.pool.query<{ count: string }>(
        'SELECT count(DISTINCT event_id) AS count FROM events',
      );
      expect(Number(rows[0]?.count)).toBe(2500);
    } finally {
      await store.close();
    }
  });

  it('migrates once when several processes start on an empty database at the same time', async () => {
    const schema = uniqueSchema('store');
    schemas.push(schema);
    const stores = await Promise.all(
      [1, 2, 3].map(() => createPostgresStore({ url, schema, max: 2 })),
    );
    try {
      const { rows } = await stores[0]!.pool.query<{ name: string }>(
        'SELECT name FROM kysely_migration ORDER BY name',
      );
      expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map(([name]) => name));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(createPostgresStore({ url, schema: 'x"; DROP TABLE scans; --' })).rejects.toThrow(
      RangeError,
    );
  });
});
