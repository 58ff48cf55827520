import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeStoreConformance, makeEvent, makeScan } from '../store.conformance.js';
import { expectEveryEventQueryShape } from '../event-query-shapes.conformance.js';
import { createSqliteStore } from './sqlite-store.js';
import type { SqliteStore } from './sqlite-store.js';

describeStoreConformance('SQLite (in memory)', () => createSqliteStore({ file: ':memory:' }));

describe('SQLite event queries', () => {
  it('answers every shape of query, from its SQL compiled once, as the filters say', async () => {
    const store = await createSqliteStore({ file: ':memory:' });
    try {
      await expectEveryEventQueryShape(store);
    } finally {
      await store.close();
    }
  });
});

describe('SQLite store on a file', () => {
  let dir: string;
  const open: SqliteStore[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clouddiagnoze-store-'));
  });

  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openStore(file: string): Promise<SqliteStore> {
    const store = await createSqliteStore({ file });
    open.push(store);
    return store;
  }

  it('creates its folder and keeps scans and events across close and reopen', async () => {
    const file = join(dir, 'nested', 'data', 'clouddiagnoze.db');
    const first = await openStore(file);
    const scan = makeScan();
    await first.createScan(scan, 'sealed:v1:abc');
    await first.startScan(
      scan.id,
      '123456789012',
      [{ account_id: '123456789012', service: 'ec2', region: 'eu-west-3' }],
      new Date(),
    );
    const event = makeEvent({
      scan,
      resourceId: 'arn:aws:ec2:eu-west-3:123456789012:instance/i-0abc',
      metricType: 'aws.metadata.ec2.instance_type',
      value: 't3.micro',
    });
    expect(await first.insertEvents([event])).toBe(1);
    await first.close();
    expect(existsSync(file)).toBe(true);

    const second = await openStore(file);
    expect(await second.getScan(scan.id)).toMatchObject({
      status: 'RUNNING',
      progress: { units_total: 1, events: 1 },
    });
    expect(await second.getSealedCredentials(scan.id)).toBe('sealed:v1:abc');
    expect((await second.queryEvents({ scan_id: scan.id, limit: 10 })).items).toEqual([event]);
    expect(await second.insertEvents([event])).toBe(0);
  });

  it('runs in WAL mode with the connection settings a server needs', async () => {
    const store = await openStore(join(dir, 'store.db'));
    const pragma = (name: string) => store.database.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(1); // NORMAL
    expect(pragma('busy_timeout')).toBe(5000);
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('cache_size')).toBe(-16 * 1024); // 16 MiB, in KiB
  });

  it('keeps the page cache it is given, the memory it costs the process', async () => {
    const store = await createSqliteStore({ file: join(dir, 'small.db'), cacheMib: 4 });
    open.push(store);
    expect(store.database.pragma('cache_size', { simple: true })).toBe(-4 * 1024);
  });

  it('lets another component keep its own table in the same file', async () => {
    const file = join(dir, 'store.db');
    const store = await openStore(file);
    await store.exclusive((db) => {
      db.exec('CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, payload TEXT NOT NULL)');
      db.prepare('INSERT INTO jobs VALUES (?, ?)').run('job-1', '{"kind":"plan"}');
    });
    await store.close();
    const reopened = await openStore(file);
    const row = reopened.database.prepare('SELECT payload FROM jobs WHERE id = ?').get('job-1');
    expect(row).toEqual({ payload: '{"kind":"plan"}' });
  });

  it('never runs exclusive work inside a store transaction that is still open', async () => {
    const store = await openStore(':memory:');
    const scan = makeScan();
    await store.createScan(scan, null);
    const units = await store.startScan(
      scan.id,
      '123456789012',
      [{ account_id: '123456789012', service: 'ec2', region: 'eu-west-3' }],
      new Date(),
    );
    if (units === false) throw new Error('scan did not start');
    const finishing = store.finishUnit(
      units[0]!.id,
      { status: 'SUCCEEDED', error: null, events: 0 },
      new Date(),
    );
    const inTransaction = store.exclusive((db) => db.inTransaction);
    await finishing;
    expect(await inTransaction).toBe(false);
  });
});
