import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  silentLogger,
  systemClock,
  TERMINAL_SCAN_STATUSES,
  type CloudProvider,
  type MetricDefinition,
  type QueueWorker,
  type Scan,
  type SnapshotEvaluator,
} from '../core/index.js';
import { EmbeddedQueue } from '../queue/embedded/embedded-queue.js';
import { createSqliteStore, type SqliteStore } from '../storage/sqlite/sqlite-store.js';
import { failing, fakeProvider, things } from '../../test/support/fake-provider.js';
import { CredentialSealer } from './credentials.js';
import { ScannerRegistry } from './registry.js';
import { ScanRunner } from './runner.js';
import { ScanService } from './scan-service.js';

interface Harness {
  store: SqliteStore;
  queue: EmbeddedQueue;
  service: ScanService;
  runner: ScanRunner;
  worker: QueueWorker;
  run(body?: Partial<Record<string, unknown>>): Promise<Scan>;
  close(): Promise<void>;
}

async function harness(
  provider: CloudProvider,
  runnerOptions: {
    batchSize?: number;
    cancelCheckIntervalMs?: number;
    evaluator?: SnapshotEvaluator;
  } = {},
  declare: MetricDefinition[] = [],
): Promise<Harness> {
  const store = await createSqliteStore({ file: ':memory:' });
  const queueDb = new Database(':memory:');
  const queue = new EmbeddedQueue(queueDb, { pollIntervalMs: 20, backoffMs: 10 });
  const registry = new ScannerRegistry([provider]);
  for (const definition of declare) registry.catalogue.add(definition);
  const sealer = new CredentialSealer(randomBytes(32));
  const service = new ScanService({ store, queue, registry, sealer, clock: systemClock });
  const runner = new ScanRunner({
    store,
    queue,
    registry,
    sealer,
    clock: systemClock,
    log: silentLogger,
    observer: { onCall: () => {} },
    ...runnerOptions,
  });
  const worker = queue.process(runner.handle, { concurrency: 3 });
  return {
    store,
    queue,
    service,
    runner,
    worker,
    async run(body = {}) {
      const scan = await service.submit({
        provider: 'fake',
        services: ['things'],
        auth_mode: { type: 'default' },
        client_id: 'ACME',
        ...body,
      });
      return waitForEnd(store, scan.id);
    },
    async close() {
      await worker.close();
      await queue.close();
      await runner.close();
      await store.close();
      queueDb.close();
    },
  };
}

async function waitForEnd(store: SqliteStore, scanId: string, timeoutMs = 10_000): Promise<Scan> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const scan = await store.getScan(scanId);
    if (scan && (TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) return scan;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`scan ${scanId} did not finish`);
}

describe('ScanRunner', () => {
  let h: Harness | undefined;
  beforeEach(() => {
    h = undefined;
  });
  afterEach(async () => {
    await h?.close();
  });

  it('scans every enabled region, stores every event once and reports progress', async () => {
    h = await harness(fakeProvider({ behaviours: { things: things(2_500) } }));
    const scan = await h.run();
    expect(scan.status).toBe('SUCCEEDED');
    expect(scan.account_id).toBe('111122223333');
    expect(scan.progress).toEqual({
      units_total: 2,
      units_done: 2,
      units_failed: 0,
      events: 5_000,
    });
    const page = await h.store.queryEvents({ scan_id: scan.id, limit: 10 });
    expect(page.items[0]).toMatchObject({
      client_id: 'ACME',
      provider: 'fake',
      account_id: '111122223333',
      category: 'metadata',
    });
    expect(page.items[0]!.timestamp).toMatch(/\+0[12]:00$/);
  });

  it('runs a global service once, whatever the regions', async () => {
    h = await harness(fakeProvider({ behaviours: { things: things(1), accounts: things(1) } }));
    const scan = await h.run({
      services: ['things', 'accounts'],
      regions: ['north-1', 'south-1', 'east-1'],
    });
    const units = await h.store.listUnits(scan.id);
    expect(units.map((u) => `${u.service}/${u.region}`).sort()).toEqual([
      'accounts/global',
      'things/east-1',
      'things/north-1',
      'things/south-1',
    ]);
  });

  it('records a denied region on its unit and finishes the rest: PARTIAL', async () => {
    h = await harness(
      fakeProvider({
        behaviours: {
          'things/north-1': things(3),
          'things/south-1': failing(
            'UnauthorizedOperation',
            'You are not authorized to perform this operation.',
          ),
        },
      }),
    );
    const scan = await h.run();
    expect(scan.status).toBe('PARTIAL');
    expect(scan.progress).toMatchObject({ units_done: 2, units_failed: 1, events: 3 });
    const failed = (await h.store.listUnits(scan.id)).find((u) => u.status === 'FAILED');
    expect(failed).toMatchObject({ region: 'south-1', error: { code: 'UnauthorizedOperation' } });
  });

  it('ends a unit whose checks could not read an input PARTIAL, naming them; the scan too', async () => {
    const check = 'fake.security.things.encrypted';
    const evaluator: SnapshotEvaluator = {
      *evaluate({ region }) {
        yield {
          resource_id: `fake:${region}:thing/0`,
          metric_type: check,
          metric_value: { status: 'PASS', severity: 'high', reason: 'thing 0 is encrypted' },
        };
        if (region !== 'south-1') return;
        for (const i of [1, 2, 3, 4])
          yield {
            resource_id: `fake:${region}:thing/${i}`,
            metric_type: check,
            metric_value: {
              status: 'ERROR',
              severity: 'high',
              reason: `the encryption of thing ${i} could not be read: things:GetEncryption was denied (AccessDenied)`,
            },
          };
      },
    };
    const judged = async function* (ctx: Parameters<ReturnType<typeof things>>[0]) {
      yield* things(1)(ctx);
      yield* ctx.derive?.({}) ?? [];
    };
    h = await harness(fakeProvider({ behaviours: { things: judged } }), { evaluator }, [
      { name: check, valueType: 'object', description: 'Encrypted things' },
    ]);
    const scan = await h.run();
    expect(scan.status).toBe('PARTIAL');
    expect(scan.progress).toMatchObject({ units_done: 2, units_failed: 0 });
    const units = await h.store.listUnits(scan.id);
    expect(units.find((u) => u.region === 'north-1')).toMatchObject({
      status: 'SUCCEEDED',
      error: null,
    });
    expect(units.find((u) => u.region === 'south-1')).toMatchObject({
      status: 'PARTIAL',
      events: 6,
      error: {
        code: 'UnreadInputs',
        message:
          '4 check results could not be judged: the encryption of thing 1 could not be read: things:GetEncryption was denied (AccessDenied); the encryption of thing 2 could not be read: things:GetEncryption was denied (AccessDenied); the encryption of thing 3 could not be read: things:GetEncryption was denied (AccessDenied); and 1 more',
      },
    });
  });

  it('fails the scan, with the reason, when it cannot connect', async () => {
    h = await harness(
      fakeProvider({
        behaviours: {},
        connectError: Object.assign(
          new Error('The security token included in the request is invalid.'),
          { name: 'InvalidClientTokenId' },
        ),
      }),
    );
    const scan = await h.run();
    expect(scan.status).toBe('FAILED');
    expect(scan.error).toEqual({
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
    });
    expect(await h.store.getSealedCredentials(scan.id)).toBeNull();
  });

  it('fails a scan whose selection lists no account as NoAccounts, not as missing regions', async () => {
    h = await harness(fakeProvider({ behaviours: { things: things(1) }, accounts: [] }));
    const scan = await h.run();
    expect(scan.status).toBe('FAILED');
    expect(scan.error?.code).toBe('NoAccounts');
    expect(scan.error?.message).toContain('no account to scan');
    expect(await h.store.getSealedCredentials(scan.id)).toBeNull();
  });

  it('stops a unit that outlives its timeout and records it as failed', async () => {
    const hang = things(1, () => new Promise(() => {}));
    h = await harness(
      fakeProvider({ behaviours: { 'things/north-1': things(1), 'things/south-1': hang } }),
    );
    const submitted = await h.service.submit({
      provider: 'fake',
      services: ['things'],
      auth_mode: { type: 'default' },
      client_id: 'ACME',
    });
    // Below the API's 10 s minimum, set directly for a fast test.
    h.store.database
      .prepare('UPDATE scans SET options = ? WHERE id = ?')
      .run(JSON.stringify({ metrics_window_days: 14, unit_timeout_seconds: 0.3 }), submitted.id);
    const scan = await waitForEnd(h.store, submitted.id);
    expect(scan.status).toBe('PARTIAL');
    const failed = (await h.store.listUnits(scan.id)).find((u) => u.status === 'FAILED');
    expect(failed?.error?.code).toBe('UnitTimeout');
  });

  it('fails a unit that emits a metric the catalogue does not declare', async () => {
    h = await harness(
      fakeProvider({
        behaviours: {
          things: async function* () {
            yield {
              resource_id: 'fake:x',
              metric_type: 'fake.metadata.things.undeclared',
              metric_value: 1,
            };
          },
        },
      }),
    );
    const scan = await h.run({ regions: ['north-1'] });
    const [unit] = await h.store.listUnits(scan.id);
    expect(unit?.error).toMatchObject({ code: 'InvalidEvent' });
    expect(unit?.error?.message).toMatch(/not declared/);
  });

  it('cancels running units at their next batch', async () => {
    let emitted = 0;
    const endless = async function* () {
      for (let i = 0; ; i += 1) {
        emitted += 1;
        if (i % 100 === 0) await new Promise((r) => setTimeout(r, 5));
        yield {
          resource_id: `fake:r/${i}`,
          metric_type: 'fake.metadata.things.size_gib',
          metric_value: i,
        };
      }
    };
    h = await harness(fakeProvider({ behaviours: { things: endless } }), {
      batchSize: 100,
      cancelCheckIntervalMs: 0,
    });
    const submitted = await h.service.submit({
      provider: 'fake',
      services: ['things'],
      auth_mode: { type: 'default' },
      client_id: 'ACME',
      regions: ['north-1'],
    });
    while (emitted < 500) await new Promise((r) => setTimeout(r, 10));
    await h.service.cancel(submitted.id);
    const scan = await waitForEnd(h.store, submitted.id);
    expect(scan.status).toBe('CANCELLED');
    await new Promise((r) => setTimeout(r, 200));
    const [unit] = await h.store.listUnits(scan.id);
    expect(unit?.status).toBe('CANCELLED');
    const after = emitted;
    await new Promise((r) => setTimeout(r, 100));
    expect(emitted).toBe(after);
  });

  it('hands a unit interrupted by a worker shutdown to the next worker; the scan completes', async () => {
    let firstRun = true;
    const slowOnce = async function* (ctx: { region: string }) {
      for (let i = 0; i < 300; i += 1) {
        if (firstRun && i === 150) await new Promise((r) => setTimeout(r, 10_000));
        yield {
          resource_id: `fake:${ctx.region}:r/${i}`,
          metric_type: 'fake.metadata.things.size_gib',
          metric_value: i,
        };
      }
    };
    h = await harness(fakeProvider({ behaviours: { things: slowOnce } }), { batchSize: 50 });
    const submitted = await h.service.submit({
      provider: 'fake',
      services: ['things'],
      auth_mode: { type: 'default' },
      client_id: 'ACME',
      regions: ['north-1'],
    });
    await vi.waitFor(
      async () =>
        expect((await h!.store.getScan(submitted.id))?.progress.events).toBeGreaterThanOrEqual(100),
      {
        timeout: 5_000,
      },
    );
    // The first worker stops mid-unit (SIGTERM): the unit is not recorded as cancelled or failed.
    await h.worker.close();
    firstRun = false;
    expect((await h.store.listUnits(submitted.id))[0]?.status).toBe('RUNNING');
    const next = h.queue.process(h.runner.handle, { concurrency: 1 });
    try {
      const scan = await waitForEnd(h.store, submitted.id);
      expect(scan.status).toBe('SUCCEEDED');
      expect(scan.progress.events).toBe(300);
      expect((await h.store.listUnits(scan.id))[0]?.attempts).toBe(2);
    } finally {
      await next.close();
    }
  });

  it('runs a unit again after a crash without duplicating its events', async () => {
    h = await harness(fakeProvider({ behaviours: { things: things(50) } }));
    const scan = await h.run({ regions: ['north-1'] });
    const [unit] = await h.store.listUnits(scan.id);
    // A re-delivered job (the process died after writing, before acknowledging): the store keys events by id.
    h.store.database.prepare("UPDATE scans SET status = 'RUNNING' WHERE id = ?").run(scan.id);
    h.store.database.prepare("UPDATE scan_units SET status = 'RUNNING' WHERE id = ?").run(unit!.id);
    await h.runner.runUnit(scan.id, unit!.id, new AbortController().signal);
    const page = await h.store.queryEvents({ scan_id: scan.id, limit: 1000 });
    expect(page.items).toHaveLength(50);
    expect((await h.store.getScan(scan.id))?.progress.events).toBe(50);
  });
});

describe('ScanRunner: paid calls and the answers cache', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
  });

  it('adds what every unit paid to the scan, a failed unit included', async () => {
    h = await harness(
      fakeProvider({
        behaviours: {
          'things/north-1': things(3, async (ctx) => {
            ctx.meter?.record({ service: 'ce', operation: 'GetCostAndUsage', usd: 0.01 });
            ctx.meter?.record({ service: 'ce', operation: 'GetCostAndUsage', usd: 0.01 });
          }),
          'things/south-1': things(0, async (ctx) => {
            ctx.meter?.record({
              service: 'cloudwatch',
              operation: 'GetMetricData',
              units: 500,
              usd: 0.005,
            });
            throw Object.assign(new Error('rate exceeded'), { name: 'Throttling' });
          }),
        },
      }),
    );
    const scan = await h.run();
    expect(scan.status).toBe('PARTIAL');
    expect(scan.api_cost_usd).toBeCloseTo(0.025, 10);
  });

  it('keeps cached answers across scans of one tenant, never across tenants', async () => {
    const seen: (string | undefined)[] = [];
    h = await harness(
      fakeProvider({
        behaviours: {
          things: things(1, async (ctx) => {
            const cached = await ctx.cache?.get('answer');
            seen.push(`${ctx.clientId}:${cached === undefined ? 'miss' : JSON.stringify(cached)}`);
            if (cached === undefined) await ctx.cache?.set('answer', { asked: ctx.scanId }, 86_400);
          }),
        },
        regions: ['north-1'],
      }),
    );
    const first = await h.run();
    await h.run();
    await h.run({ client_id: 'OTHER' });
    expect(seen).toEqual([
      'ACME:miss',
      `ACME:${JSON.stringify({ asked: first.id })}`,
      'OTHER:miss',
    ]);
  });
});
