/**
 * GET /api/v1/events at a million events on PostgreSQL: per-page latency (p50/p99) of the API,
 * through Fastify's inject (the whole route: auth, validation, store query, serialisation), for the
 * usual filters and for pages deep in the keyset pagination. Also reports the insert rate.
 * Usage: tsx bench/scale-out-events.ts [events] [page-size]
 * Needs PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test); works in
 * a schema of its own and drops it at the end.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/api/app.js';
import { ensureAdminKey } from '../src/api/keys.js';
import { createRuntime } from '../src/cli/runtime.js';
import { loadConfig } from '../src/config/config.js';
import {
  categoryOf,
  DEFAULT_SCAN_OPTIONS,
  eventId,
  toParisIso,
  type CbpEvent,
  type Scan,
} from '../src/core/index.js';
import {
  postgresUnavailable,
  testDatabaseUrl,
  uniqueSchema,
} from '../src/storage/postgres/test-database.js';
import { machine, report } from './support.js';

const total = Number(process.argv[2] ?? 1_000_000);
const pageSize = Number(process.argv[3] ?? 100);
const SAMPLES = 200;
const BATCH = 1000;
const PARALLEL_BATCHES = 4;

const METRICS = [
  'aws.metadata.ec2.instance_type',
  'aws.metadata.ec2.state',
  'aws.metadata.ec2.image_id',
  'aws.metadata.ec2.tags',
  'aws.performance.ec2.cpu_utilization.average',
  'aws.performance.ec2.cpu_utilization.maximum',
  'aws.performance.ec2.network_in_bytes.sum',
  'aws.performance.ec2.network_out_bytes.sum',
  'aws.cost.ec2.monthly_cost_usd',
  'aws.security.ec2.ec2_imdsv2_required',
];
const TENANTS = ['ACME', 'GLOBEX'];
const SCANS_PER_TENANT = 5;

const url = testDatabaseUrl();
const unavailable = await postgresUnavailable(url);
if (unavailable) {
  process.stderr.write(`scale-out-events: ${unavailable}\n`);
  process.exit(1);
}

const schema = uniqueSchema('bench');
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`CREATE SCHEMA "${schema}"`);
const dataDir = mkdtempSync(join(tmpdir(), 'cdz-bench-events-'));
const databaseUrl = new URL(url);
databaseUrl.searchParams.set('options', `-c search_path=${schema}`);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

try {
  const runtime = await createRuntime(
    loadConfig({
      env: {
        DATABASE_URL: databaseUrl.toString(),
        CLOUDDIAGNOZE_DATA_DIR: dataDir,
        CLOUDDIAGNOZE_QUEUE_NAME: `bench-${randomBytes(4).toString('hex')}`,
        // A PostgreSQL deployment needs its sealing key outside the data directory.
        CLOUDDIAGNOZE_SECRET_KEY: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
      },
    }),
    { logDestination: 'silent' },
  );
  const { store } = runtime;

  // ---- a million events: tenants × scans × resources × metrics
  const scans: Scan[] = [];
  for (const tenant of TENANTS) {
    for (let s = 0; s < SCANS_PER_TENANT; s++) {
      const scan: Scan = {
        id: `bench-${tenant}-${s}`,
        client_id: tenant,
        provider: 'aws',
        services: ['ec2'],
        requested_regions: ['eu-west-1'],
        auth_mode: { type: 'default' },
        options: { ...DEFAULT_SCAN_OPTIONS },
        status: 'QUEUED',
        account_id: null,
        progress: { units_total: 0, units_done: 0, units_failed: 0, events: 0 },
        error: null,
        created_at: new Date(Date.UTC(2026, 10, 1 + s)).toISOString(),
        started_at: null,
        finished_at: null,
      };
      await store.createScan(scan, null);
      scans.push(scan);
    }
  }
  const perScan = Math.ceil(total / scans.length);
  const resourcesPerScan = Math.ceil(perScan / METRICS.length);
  const t0 = Date.UTC(2026, 10, 1);
  function eventAt(scan: Scan, i: number): CbpEvent {
    // A scanner yields a resource's metrics together, resource after resource.
    const resource = `arn:aws:ec2:eu-west-1:123456789012:instance/i-${Math.floor(i / METRICS.length)
      .toString(16)
      .padStart(17, '0')}`;
    const metricType = METRICS[i % METRICS.length]!;
    return {
      client_id: scan.client_id,
      timestamp: toParisIso(t0 + i * 1000),
      resource_id: resource,
      metric_type: metricType,
      metric_value: metricType.includes('performance') ? (i % 1000) / 10 : 't3.micro',
      event_id: eventId(scan.id, resource, metricType),
      scan_id: scan.id,
      provider: 'aws',
      account_id: '123456789012',
      region: 'eu-west-1',
      service: 'ec2',
      category: categoryOf(metricType),
    };
  }
  const batches: (() => CbpEvent[])[] = [];
  for (const scan of scans) {
    for (let start = 0; start < perScan; start += BATCH) {
      batches.push(() =>
        Array.from({ length: Math.min(BATCH, perScan - start) }, (_, k) =>
          eventAt(scan, start + k),
        ),
      );
    }
  }
  const insertStarted = performance.now();
  let inserted = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL_BATCHES }, async () => {
      while (next < batches.length) {
        const batch = batches[next++]!();
        const added = await store.insertEvents(batch);
        inserted += added;
      }
    }),
  );
  const insertSeconds = (performance.now() - insertStarted) / 1000;
  await admin.query(`ANALYZE "${schema}".events`);

  // ---- the API
  const app = await buildApp({
    store: runtime.store,
    queue: runtime.queue,
    scans: runtime.scans,
    registry: runtime.registry,
    metrics: runtime.metrics,
    logger: false,
    sinks: runtime.sinks,
  } as Parameters<typeof buildApp>[0]);
  const key = await ensureAdminKey(store);
  const get = async (query: Record<string, string>) => {
    const started = performance.now();
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/events',
      query: { limit: String(pageSize), ...query },
      headers: { authorization: `Bearer ${key}` },
    });
    const ms = performance.now() - started;
    if (res.statusCode !== 200) throw new Error(`${res.statusCode}: ${res.body}`);
    const body = res.json() as { items: unknown[]; next_cursor: string | null };
    return { ms, items: body.items.length, cursor: body.next_cursor };
  };

  // Cursors spread over the whole of ACME's events, gathered by walking with large pages.
  const cursors: string[] = [];
  let cursor: string | null = null;
  do {
    const res: { json(): unknown } = await app.inject({
      method: 'GET',
      url: '/api/v1/events',
      query: { client_id: 'ACME', limit: '1000', ...(cursor ? { cursor } : {}) },
      headers: { authorization: `Bearer ${key}` },
    });
    cursor = (res.json() as { next_cursor: string | null }).next_cursor;
    if (cursor) cursors.push(cursor);
  } while (cursor);

  const cases: Record<string, (i: number) => Record<string, string>> = {
    'first page, one tenant': () => ({ client_id: 'ACME' }),
    'deep pages (cursor), one tenant': (i) => ({
      client_id: 'ACME',
      cursor: cursors[(i * 7919) % cursors.length]!,
    }),
    'one scan': (i) => ({ client_id: 'ACME', scan_id: `bench-ACME-${i % SCANS_PER_TENANT}` }),
    'one resource': (i) => ({
      client_id: 'ACME',
      resource_id: `arn:aws:ec2:eu-west-1:123456789012:instance/i-${((i * 7919) % resourcesPerScan).toString(16).padStart(17, '0')}`,
    }),
    'exact metric type': () => ({
      client_id: 'ACME',
      metric_type: 'aws.performance.ec2.cpu_utilization.average',
    }),
    'metric type prefix (aws.performance.)': () => ({
      client_id: 'ACME',
      metric_type: 'aws.performance.',
    }),
    'category (security, 10%)': () => ({ client_id: 'ACME', category: 'security' }),
    'time window (since/until)': (i) => ({
      client_id: 'ACME',
      since: new Date(t0 + (i % 50) * 3600_000).toISOString(),
      until: new Date(t0 + (i % 50) * 3600_000 + 600_000).toISOString(),
    }),
  };
  const results: Record<string, { p50: number; p99: number; max: number; items: number }> = {};
  for (const [name, query] of Object.entries(cases)) {
    for (let i = 0; i < 10; i++) await get(query(i)); // warm-up
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const res = await get(query(i));
      times.push(res.ms);
      items = Math.max(items, res.items);
    }
    times.sort((a, b) => a - b);
    results[name] = {
      p50: Number(percentile(times, 50).toFixed(2)),
      p99: Number(percentile(times, 99).toFixed(2)),
      max: Number((times.at(-1) ?? NaN).toFixed(2)),
      items,
    };
  }
  await app.close();
  await runtime.close();

  process.stderr.write(
    `${inserted} events inserted in ${insertSeconds.toFixed(1)} s (${Math.round(inserted / insertSeconds)} events/s, ${PARALLEL_BATCHES} batches of ${BATCH} at once)\n` +
      `GET /api/v1/events, ${pageSize} per page, ${SAMPLES} requests each:\n`,
  );
  for (const [name, r] of Object.entries(results)) {
    process.stderr.write(
      `  ${name.padEnd(40)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  (${r.items} items)\n`,
    );
  }
  report({
    bench: 'scale-out-events',
    machine: machine(),
    postgres: (await admin.query<{ v: string }>('SHOW server_version')).rows[0]?.v,
    events: inserted,
    insert_events_per_second: Math.round(inserted / insertSeconds),
    page_size: pageSize,
    samples: SAMPLES,
    latency_ms: results,
    date: new Date().toISOString(),
  });
} finally {
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
