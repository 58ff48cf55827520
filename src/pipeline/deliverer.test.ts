import { Writable } from 'node:stream';
import pg from 'pg';
import pino from 'pino';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReferenceReceiver, startReceiver } from '../../test/support/receiver.js';
import {
  MetricCatalogue,
  metric,
  silentLogger,
  systemClock,
  type CbpEvent,
  type Logger,
} from '../core/index.js';
import { makeScan } from '../storage/store.conformance.js';
import { createPostgresStore } from '../storage/postgres/postgres-store.js';
import {
  postgresUnavailable,
  testDatabaseUrl,
  uniqueSchema,
} from '../storage/postgres/test-database.js';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';
import type { OutboxTestStore } from './outbox.conformance.js';
import { OutboxDeliverer, backoffDelay, type DelivererOptions } from './deliverer.js';
import { SinkService } from './delivery.js';
import { EventPipeline } from './pipeline.js';
import { opsteamizeSink, type HttpSink } from './sinks/http.js';

const TOKEN = 'opst_live_9d8c7b6a5f4e3d2c1b0a';
const catalogue = new MetricCatalogue([
  metric('aws.metadata.ec2.instance_type', 'string', 'instance type'),
  metric('aws.performance.ec2.cpu_utilization.average', 'number', 'cpu', 'percent'),
]);
const FAST = { leaseMs: 3000, idleMs: 10, backoff: { baseMs: 20, maxMs: 100 } };

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const url = testDatabaseUrl();
const skipPostgres = await postgresUnavailable(url);
if (skipPostgres) console.warn(`PostgreSQL delivery tests are skipped: ${skipPostgres}`);
const schemas: string[] = [];

afterAll(async () => {
  if (skipPostgres || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

const STORES: [string, () => Promise<OutboxTestStore>, boolean][] = [
  ['SQLite', () => createSqliteStore({ file: ':memory:' }), false],
  [
    'PostgreSQL',
    () => {
      const schema = uniqueSchema('delivery');
      schemas.push(schema);
      return createPostgresStore({ url, schema });
    },
    skipPostgres !== null,
  ],
];

describe.each(STORES)('outbox delivery to the aggregator (%s)', (_name, openStore, skip) => {
  if (skip && process.env.CI) {
    it('runs in CI', () => {
      expect.fail(`CI is set but ${skipPostgres ?? 'PostgreSQL does not answer'}`);
    });
    return;
  }
  if (skip) {
    it.skip(`needs PostgreSQL: ${skipPostgres ?? ''}`, () => {});
    return;
  }
  let store: OutboxTestStore;
  let receiver: ReferenceReceiver;
  const scan = makeScan({ client_id: 'ACME' });
  const sinks: HttpSink[] = [];
  const deliverers: OutboxDeliverer[] = [];

  beforeEach(async () => {
    store = await openStore();
    await store.createScan(scan, null);
    receiver = await startReceiver({ token: TOKEN });
  });

  afterEach(async () => {
    for (const deliverer of deliverers.splice(0)) await deliverer.stop();
    for (const sink of sinks.splice(0)) await sink.close();
    await receiver.stop();
    await store.close();
  });

  function sink(options: { timeoutMs?: number; maxEvents?: number; url?: string } = {}) {
    const created = opsteamizeSink({
      baseUrl: options.url ?? receiver.url,
      token: TOKEN,
      envelope: true,
      timeoutMs: options.timeoutMs ?? 2000,
      limits: { maxEvents: options.maxEvents ?? 100 },
    });
    sinks.push(created);
    return created;
  }

  function deliverer(overrides: Partial<DelivererOptions> = {}): OutboxDeliverer {
    const created = new OutboxDeliverer({
      store,
      sink: overrides.sink ?? sink(),
      clock: systemClock,
      log: silentLogger,
      owner: `test-${deliverers.length}`,
      ...FAST,
      ...overrides,
    });
    deliverers.push(created);
    return created;
  }

  /** A scan unit: drafts through the pipeline, which stores them and fills the outbox. */
  async function runUnit(count: number, from = 0): Promise<CbpEvent[]> {
    const written: CbpEvent[] = [];
    const pipeline = new EventPipeline(
      {
        scanId: scan.id,
        clientId: scan.client_id,
        provider: 'aws',
        accountId: '123456789012',
        region: 'eu-west-1',
        service: 'ec2',
      },
      { store, sinks: [], outbox: ['opsteamize'], catalogue, clock: systemClock },
      { batchSize: 250, onFlush: (batch) => void written.push(...batch) },
    );
    for (let i = from; i < from + count; i += 1) {
      await pipeline.push({
        resource_id: `arn:aws:ec2:eu-west-1:123456789012:instance/i-${i.toString(16).padStart(17, '0')}`,
        metric_type: 'aws.metadata.ec2.instance_type',
        metric_value: 't3.micro',
      });
    }
    await pipeline.flush();
    return written;
  }

  const acceptedIds = () => receiver.acceptedEvents().map((e) => e.event_id as string);
  const backlog = async () => (await store.sinkStatuses())[0]?.backlog_events ?? 0;

  it('delivers every event exactly once after the aggregator was down for the whole scan', async () => {
    const port = Number(new URL(receiver.url).port);
    await receiver.stop();
    const running = deliverer();
    running.start();
    const events = await runUnit(1200);
    // The unit runs again (a retried job): nothing new is stored, so nothing new is queued.
    await runUnit(1200);
    await until(async () => (await store.sinkStatuses())[0]?.last_error !== null);
    const [down] = await store.sinkStatuses();
    expect(down).toMatchObject({ backlog_events: 1200, delivered_events: 0 });
    expect(down!.last_error).toMatch(/unreachable: ECONNREFUSED/);

    receiver = await new ReferenceReceiver({ token: TOKEN }).start(port);
    await until(async () => (await backlog()) === 0);
    const ids = acceptedIds();
    expect(ids).toHaveLength(1200);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.event_id)));
    // In order of arrival.
    expect(ids).toEqual(events.map((e) => e.event_id));
    expect((await store.sinkStatuses())[0]).toMatchObject({
      delivered_events: 1200,
      delivered_batches: 12,
    });
  });

  it('loses and duplicates nothing when the process dies between send and acknowledgement', async () => {
    const events = await runUnit(450);
    // The first process sends a batch, then dies before recording the acknowledgement: its
    // ack never completes and it never releases its lease.
    let dieAfterSend: () => void = () => {};
    const dying = new Promise<never>((_, reject) => {
      dieAfterSend = () => reject(new Error('process killed'));
    });
    const killed = deliverer({
      owner: 'process-1',
      leaseMs: 300,
      store: new Proxy(store, {
        get(target, property, receiverArg) {
          if (property === 'ackOutboxBatch') return () => dying;
          const value = Reflect.get(target, property, receiverArg) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    });
    const firstStep = killed.step().catch(() => 'killed');
    await until(() => receiver.accepted.size === 1);
    const [firstKey] = receiver.accepted.keys();

    // The restarted process takes over once the lease has expired.
    const restarted = deliverer({ owner: 'process-2', leaseMs: 300 });
    restarted.start();
    await until(async () => (await backlog()) === 0);
    dieAfterSend();
    expect(await firstStep).toBe('killed');

    expect(receiver.requests.filter((r) => r.idempotencyKey === firstKey)).toHaveLength(2);
    expect(receiver.duplicates).toBe(1);
    const ids = acceptedIds();
    expect(ids).toHaveLength(450);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.event_id)));
  });

  it('sets a rejected batch aside as a dead letter, delivers the rest, and delivers it when re-driven', async () => {
    const events = await runUnit(300);
    receiver.next({ status: 400, body: '{"error":"metric_type aws.metadata.ec2.x unknown"}' });
    const service = new SinkService({
      store,
      remote: [sink()],
      routing: { defaults: ['opsteamize'] },
      clock: systemClock,
      log: silentLogger,
      deliverer: FAST,
    });
    service.start();
    try {
      await until(async () => (await backlog()) === 0);
      const { sinks: views } = await service.overview();
      expect(views).toEqual([
        expect.objectContaining({
          sink: 'opsteamize',
          configured: true,
          endpoint: `${receiver.url}/submit-metrics`,
          backlog_events: 0,
          dead_letter_batches: 1,
          dead_letter_events: 100,
          delivered_events: 200,
        }),
      ]);
      const { items } = await service.deadLetters('opsteamize', { limit: 10 });
      expect(items).toEqual([
        expect.objectContaining({
          events: 100,
          status_code: 400,
          response_body: '{"error":"metric_type aws.metadata.ec2.x unknown"}',
        }),
      ]);
      expect(acceptedIds()).toEqual(events.slice(100).map((e) => e.event_id));

      const next = await service.redrive('opsteamize', items[0]!.id);
      expect(next).not.toBe(items[0]!.id);
      await until(async () => (await store.sinkStatuses())[0]?.dead_letter_batches === 0);
      await until(() => receiver.accepted.size === 3);
      expect(new Set(acceptedIds())).toEqual(new Set(events.map((e) => e.event_id)));
      expect(acceptedIds()).toHaveLength(300);
      expect(receiver.accepted.has(items[0]!.id)).toBe(false);
      expect(receiver.accepted.has(next!)).toBe(true);
    } finally {
      await service.stop();
    }
  });

  it('waits as long as Retry-After says, and backs off on 5xx, keeping the batch first in line', async () => {
    await runUnit(200);
    receiver.next({ status: 429, retryAfter: '1' }, { status: 503 }, { status: 500 });
    deliverer().start();
    await until(async () => (await backlog()) === 0);
    const [throttled, unavailable, failed, accepted, second] = receiver.requests;
    expect(unavailable!.at - throttled!.at).toBeGreaterThanOrEqual(950);
    expect(failed!.at - unavailable!.at).toBeGreaterThanOrEqual(10);
    // Every retry resent the same batch, under the same key, before the next batch went.
    const key = throttled!.idempotencyKey;
    expect([unavailable, failed, accepted].map((r) => r!.idempotencyKey)).toEqual([key, key, key]);
    expect(second!.idempotencyKey).not.toBe(key);
    expect(receiver.requests).toHaveLength(5);
  });

  it('retries a batch after the aggregator hung or closed the connection', async () => {
    await runUnit(100);
    receiver.next('hang', 'close');
    deliverer({ sink: sink({ timeoutMs: 200 }) }).start();
    await until(async () => (await backlog()) === 0);
    expect(receiver.requests.map((r) => r.answer)).toEqual(['hang', 'close', { status: 200 }]);
    expect(acceptedIds()).toHaveLength(100);
  });

  it('never slows the scan: events are stored while the aggregator hangs', async () => {
    receiver.always('hang');
    deliverer({ sink: sink({ timeoutMs: 10_000 }) }).start();
    const started = performance.now();
    await runUnit(5000);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(await backlog()).toBe(5000);
    expect(receiver.accepted.size).toBe(0);
  });

  it('lets one of two deliverers drain a sink: no batch is sent twice', async () => {
    await runUnit(1000);
    deliverer({ owner: 'a' }).start();
    deliverer({ owner: 'b' }).start();
    await until(async () => (await backlog()) === 0);
    expect(receiver.duplicates).toBe(0);
    expect(receiver.requests).toHaveLength(10);
    expect(acceptedIds()).toHaveLength(1000);
  });

  it('flushes at the end of a one-shot scan, and says what is left when the aggregator is down', async () => {
    await runUnit(150);
    const downUrl = receiver.url;
    await receiver.stop();
    const service = new SinkService({
      store,
      remote: [sink({ url: downUrl })],
      routing: { defaults: [] },
      clock: systemClock,
      log: silentLogger,
      deliverer: FAST,
    });
    try {
      expect(await service.flush(['opsteamize', 'webhook'], 300)).toEqual([
        'opsteamize',
        'webhook',
      ]);
      receiver = await new ReferenceReceiver({ token: TOKEN }).start(Number(new URL(downUrl).port));
      expect(await service.flush(['opsteamize'], 5000)).toEqual([]);
      expect(acceptedIds()).toHaveLength(150);
    } finally {
      await service.stop();
    }
  });

  it('never writes the token to a log line', async () => {
    const lines: string[] = [];
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const log = pino({ level: 'trace' }, capture) as unknown as Logger;
    await runUnit(300);
    receiver.next(
      { status: 500, body: `{"error":"internal","echo":"Bearer ${TOKEN}"}` },
      { status: 400, body: `{"error":"bad","authorization":"Bearer ${TOKEN}"}` },
      'close',
    );
    const service = new SinkService({
      store,
      remote: [sink()],
      routing: { defaults: ['opsteamize'] },
      clock: systemClock,
      log,
      deliverer: FAST,
    });
    service.start();
    try {
      await until(async () => (await backlog()) === 0);
      const { items } = await service.deadLetters('opsteamize', { limit: 10 });
      expect(items[0]!.response_body).toContain('Bearer ********');
      expect(JSON.stringify(items)).not.toContain(TOKEN);
      await service.redrive('opsteamize', items[0]!.id);
      await until(async () => (await store.sinkStatuses())[0]?.delivered_events === 300);
    } finally {
      await service.stop();
    }
    const text = lines.join('');
    expect(text).toContain('batch not delivered: will retry');
    expect(text).toContain('batch rejected: kept as a dead letter');
    expect(text).toContain('batch delivered');
    expect(text).toContain('dead letter re-driven');
    expect(text).not.toContain(TOKEN);
    expect(JSON.stringify(await store.sinkStatuses())).not.toContain(TOKEN);
  });
});

describe('backoff', () => {
  it('doubles from the base with jitter between half and all of it, up to the cap', () => {
    const options = { baseMs: 1000, maxMs: 10_000 };
    expect(backoffDelay(1, options, () => 0)).toBe(500);
    expect(backoffDelay(1, options, () => 1)).toBe(1000);
    expect(backoffDelay(3, options, () => 1)).toBe(4000);
    expect(backoffDelay(3, options, () => 0.5)).toBe(3000);
    expect(backoffDelay(10, options, () => 1)).toBe(10_000);
    expect(backoffDelay(10, options, () => 0)).toBe(5000);
  });
});
