import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toWire, withEnvelope, type CbpEvent, type Store } from '../../core/index.js';
import { createSqliteStore } from '../../storage/sqlite/sqlite-store.js';
import {
  ACME,
  GLOBEX,
  createTestApi,
  ec2Event,
  InMemoryStore,
  type TestApi,
} from '../test-support.js';

const STORES: [string, () => Promise<Store>][] = [
  ['the in-memory store', async () => new InMemoryStore()],
  ['the SQLite store', () => createSqliteStore({ file: ':memory:' })],
];

const WIRE_FIELDS = ['client_id', 'timestamp', 'resource_id', 'metric_type', 'metric_value'];

describe.each(STORES)('GET /api/v1/events on %s', (_name, openStore) => {
  let api: TestApi;
  let acmeScan: string;
  let globexScan: string;
  /** Every ACME event, in the order they were stored. */
  let acmeEvents: CbpEvent[];

  async function scanFor(clientId: string): Promise<string> {
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.admin,
      payload: {
        provider: 'aws',
        services: ['ec2'],
        auth_mode: { type: 'default' },
        client_id: clientId,
      },
    });
    return res.json().scan_id as string;
  }

  async function get(url: string, headers: Record<string, string> = api.admin) {
    return api.app.inject({ method: 'GET', url, headers });
  }

  beforeEach(async () => {
    api = await createTestApi({ store: await openStore() });
    acmeScan = await scanFor(ACME);
    globexScan = await scanFor(GLOBEX);
    // 10:00Z, 11:00Z, 12:00Z on 14 July 2026 (Paris is UTC+2 then).
    const at = (hour: number) => new Date(Date.UTC(2026, 6, 14, hour));
    acmeEvents = [
      ec2Event(
        acmeScan,
        ACME,
        'i-0a1b2c3d4e5f60001',
        'aws.metadata.ec2.instance_type',
        't3.micro',
        at(10),
      ),
      ec2Event(
        acmeScan,
        ACME,
        'i-0a1b2c3d4e5f60001',
        'aws.metadata.ec2.instance_state',
        'running',
        at(10),
      ),
      ec2Event(
        acmeScan,
        ACME,
        'i-0a1b2c3d4e5f60001',
        'aws.performance.ec2.cpu_utilization.average',
        27.85,
        at(11),
      ),
      ec2Event(
        acmeScan,
        ACME,
        'i-0a1b2c3d4e5f60002',
        'aws.metadata.ec2.instance_type',
        'm5.large',
        at(11),
      ),
      ec2Event(
        acmeScan,
        ACME,
        'i-0a1b2c3d4e5f60002',
        'aws.metadata.ec2.instance_tags',
        { env: 'prod' },
        at(12),
      ),
      ec2Event(
        acmeScan,
        ACME,
        'i-0a1b2c3d4e5f60002',
        'aws.performance.ec2.cpu_utilization.maximum',
        91.5,
        at(12),
      ),
    ];
    const globexEvents = [
      ec2Event(
        globexScan,
        GLOBEX,
        'i-0fffffffffffff001',
        'aws.metadata.ec2.instance_type',
        'c6g.xlarge',
        at(10),
      ),
    ];
    await api.store.insertEvents([
      ...acmeEvents.slice(0, 3),
      ...globexEvents,
      ...acmeEvents.slice(3),
    ]);
  });

  afterEach(async () => {
    await api.app.close();
    await api.store.close();
  });

  it('answers the bytes of JSON.stringify of the store page, with and without envelope', async () => {
    const odd = ec2Event(
      acmeScan,
      ACME,
      'i-0a1b2c3d4e5f6ünï',
      'aws.metadata.ec2.instance_tags',
      { 'Name "x"': 'Zürich – 東京 🚀\n', '10': [1.5, -0, 1e21, null, { deep: true }], b: {} },
      new Date(Date.UTC(2026, 6, 14, 13)),
    );
    await api.store.insertEvents([odd]);
    for (const envelope of [true, false]) {
      const page = await api.store.queryEvents({ client_id: ACME, limit: 4 });
      const res = await get(`/api/v1/events?client_id=${ACME}&limit=4&envelope=${envelope}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(
        JSON.stringify({
          items: page.items.map((e) => (envelope ? withEnvelope(e) : toWire(e))),
          next_cursor: page.next_cursor,
        }),
      );
      const rest = await api.store.queryEvents({
        client_id: ACME,
        limit: 10,
        cursor: page.next_cursor!,
      });
      const last = await get(
        `/api/v1/events?client_id=${ACME}&limit=10&envelope=${envelope}&cursor=${page.next_cursor}`,
      );
      expect(last.body).toBe(
        JSON.stringify({
          items: rest.items.map((e) => (envelope ? withEnvelope(e) : toWire(e))),
          next_cursor: null,
        }),
      );
      expect(last.body).toContain('東京 🚀');
    }
  });

  it('returns events with their envelope, and the bare 2CBP fields with envelope=false', async () => {
    const res = await get(`/api/v1/events?scan_id=${acmeScan}&limit=1`);
    expect(res.statusCode).toBe(200);
    const [event] = res.json().items;
    expect(event).toEqual({
      client_id: ACME,
      timestamp: '2026-07-14T12:00:00.000+02:00',
      resource_id: 'arn:aws:ec2:eu-west-3:123456789012:instance/i-0a1b2c3d4e5f60001',
      metric_type: 'aws.metadata.ec2.instance_type',
      metric_value: 't3.micro',
      event_id: acmeEvents[0]!.event_id,
      scan_id: acmeScan,
      provider: 'aws',
      account_id: '123456789012',
      region: 'eu-west-3',
      service: 'ec2',
      category: 'metadata',
    });
    const bare = await get(`/api/v1/events?scan_id=${acmeScan}&limit=1&envelope=false`);
    expect(Object.keys(bare.json().items[0])).toEqual(WIRE_FIELDS);
  });

  it('filters by exact metric type, by prefix, by category and by resource', async () => {
    const types = async (query: string) =>
      (await get(`/api/v1/events?client_id=${ACME}&${query}`))
        .json()
        .items.map((e: CbpEvent) => `${e.resource_id.slice(-4)} ${e.metric_type}`);
    expect(await types('metric_type=aws.metadata.ec2.instance_type')).toEqual([
      '0001 aws.metadata.ec2.instance_type',
      '0002 aws.metadata.ec2.instance_type',
    ]);
    expect(await types('metric_type=aws.performance.ec2.cpu_utilization.')).toEqual([
      '0001 aws.performance.ec2.cpu_utilization.average',
      '0002 aws.performance.ec2.cpu_utilization.maximum',
    ]);
    // Without the trailing dot the filter is exact: no metric is named this.
    expect(await types('metric_type=aws.performance.ec2.cpu_utilization')).toEqual([]);
    expect(await types('category=performance')).toHaveLength(2);
    expect(
      await types(
        `resource_id=${encodeURIComponent(acmeEvents[4]!.resource_id)}&category=metadata`,
      ),
    ).toEqual(['0002 aws.metadata.ec2.instance_type', '0002 aws.metadata.ec2.instance_tags']);
  });

  it('filters by time with offsets or Z, and refuses a date-time it cannot place', async () => {
    const count = async (query: string) =>
      (await get(`/api/v1/events?client_id=${ACME}&${query}`)).json().items.length;
    expect(await count('since=2026-07-14T10:30:00Z')).toBe(4);
    expect(
      await count(
        `since=${encodeURIComponent('2026-07-14T12:30:00+02:00')}&until=2026-07-14T11:30:00Z`,
      ),
    ).toBe(2);

    for (const [query, path] of [
      ['since=2026-07-14', 'since'],
      ['since=yesterday', 'since'],
      ['until=2026-13-45T10:00:00Z', 'until'],
      ['since=2026-07-14T12:00:00Z&until=2026-07-14T10:00:00Z', 'until'],
      ['category=finance', 'category'],
      ['limit=10001', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
    ]) {
      const res = await get(`/api/v1/events?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });

  it('pages with a keyset cursor, each event once', async () => {
    const seen: string[] = [];
    let url = `/api/v1/events?client_id=${ACME}&limit=4`;
    let pages = 0;
    for (;;) {
      const page = (await get(url)).json();
      pages += 1;
      seen.push(...page.items.map((e: CbpEvent) => e.event_id));
      if (page.next_cursor === null) break;
      url = `/api/v1/events?client_id=${ACME}&limit=4&cursor=${page.next_cursor}`;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(acmeEvents.map((e) => e.event_id));
  });

  it('streams every matching event as NDJSON, across pages, one wire event per line', async () => {
    const queryEvents = api.store.queryEvents.bind(api.store);
    const pageSizes: number[] = [];
    api.store.queryEvents = async (query) => {
      const page = await queryEvents(query);
      pageSizes.push(page.items.length);
      return page;
    };
    const res = await get(`/api/v1/events?client_id=${ACME}&limit=2`, {
      ...api.admin,
      accept: 'application/x-ndjson',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const lines = res.body.trimEnd().split('\n');
    expect(lines).toHaveLength(acmeEvents.length);
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed).toEqual(
      acmeEvents.map((e) => ({
        client_id: e.client_id,
        timestamp: e.timestamp,
        resource_id: e.resource_id,
        metric_type: e.metric_type,
        metric_value: e.metric_value,
      })),
    );
    for (const event of parsed) expect(Object.keys(event)).toEqual(WIRE_FIELDS);
    expect(pageSizes).toEqual([2, 2, 2]);

    const withEnvelope = await get(`/api/v1/events?scan_id=${acmeScan}&limit=4&envelope=true`, {
      ...api.admin,
      accept: 'application/x-ndjson, application/json;q=0.5',
    });
    const first = JSON.parse(withEnvelope.body.split('\n')[0]!);
    expect(first).toMatchObject({ scan_id: acmeScan, category: 'metadata', region: 'eu-west-3' });
    expect(withEnvelope.body.trimEnd().split('\n')).toHaveLength(acmeEvents.length);
  });

  it('pins a tenant key to its own events', async () => {
    const own = await get('/api/v1/events', api.acme);
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((e: CbpEvent) => e.client_id)).toEqual(acmeEvents.map(() => ACME));

    const other = await get(`/api/v1/events?client_id=${GLOBEX}`, api.acme);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('forbidden');

    const otherScan = await get(`/api/v1/events?scan_id=${globexScan}`, api.acme);
    expect(otherScan.json()).toEqual({ items: [], next_cursor: null });

    const streamed = await get(`/api/v1/events?client_id=${GLOBEX}`, {
      ...api.acme,
      accept: 'application/x-ndjson',
    });
    expect(streamed.statusCode).toBe(403);

    const admin = await get('/api/v1/events', api.admin);
    expect(admin.json().items).toHaveLength(acmeEvents.length + 1);
  });
});
