import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger, systemClock, TERMINAL_SCAN_STATUSES } from '../../core/index.js';
import { EmbeddedQueue } from '../../queue/embedded/embedded-queue.js';
import { CredentialSealer } from '../../scanning/credentials.js';
import { ScannerRegistry } from '../../scanning/registry.js';
import { ScanRunner } from '../../scanning/runner.js';
import { ScanService } from '../../scanning/scan-service.js';
import { createSqliteStore } from '../../storage/sqlite/sqlite-store.js';
import { fakeProvider, things } from '../../../test/support/fake-provider.js';
import { fileSink } from './ndjson.js';

const dir = mkdtempSync(join(tmpdir(), 'ndjson-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('NDJSON file sink', () => {
  it('writes each event of a unit run again (a re-delivered job) once', async () => {
    const path = join(dir, 'events.ndjson');
    const sink = await fileSink(path, { envelope: true });
    const store = await createSqliteStore({ file: ':memory:' });
    const queueDb = new Database(':memory:');
    const queue = new EmbeddedQueue(queueDb, { pollIntervalMs: 20 });
    const registry = new ScannerRegistry([fakeProvider({ behaviours: { things: things(40) } })]);
    const sealer = new CredentialSealer(randomBytes(32));
    const runner = new ScanRunner({
      store,
      queue,
      registry,
      sealer,
      clock: systemClock,
      log: silentLogger,
      observer: { onCall: () => {} },
      sinks: [sink],
      batchSize: 15,
    });
    const service = new ScanService({ store, queue, registry, sealer, clock: systemClock });
    const worker = queue.process(runner.handle, { concurrency: 1 });
    try {
      const submitted = await service.submit({
        provider: 'fake',
        services: ['things'],
        auth_mode: { type: 'default' },
        client_id: 'ACME',
        regions: ['north-1'],
      });
      let scan = await store.getScan(submitted.id);
      while (!scan || !TERMINAL_SCAN_STATUSES.includes(scan.status)) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        scan = await store.getScan(submitted.id);
      }
      const [unit] = await store.listUnits(scan.id);
      // The job comes back (its worker died after writing, before acknowledging): run it again.
      store.database.prepare("UPDATE scans SET status = 'RUNNING' WHERE id = ?").run(scan.id);
      store.database.prepare("UPDATE scan_units SET status = 'RUNNING' WHERE id = ?").run(unit!.id);
      await runner.runUnit(scan.id, unit!.id, new AbortController().signal);
    } finally {
      await worker.close();
      await queue.close();
      await runner.close();
      await sink.close();
      await store.close();
      queueDb.close();
    }
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    const ids = lines.map((line) => (JSON.parse(line) as { event_id: string }).event_id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });
});
