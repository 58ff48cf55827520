/**
 * Reads under load: `GET /api/v1/events` pages of 100 events served to 20 concurrent clients over
 * HTTP while a scan writes, with `events` (default 1,000,000) already stored. The clients run in a
 * worker thread (their own core). The writer runs, one phase after the other on the same store:
 * `inline`, in the server's thread (`serve` with its embedded worker before the data plane had a
 * thread of its own), and `thread`, in a worker thread with its own connection (the data plane
 * beside the API: `serve`'s worker thread, or `serve --no-worker` beside `clouddiagnoze worker`).
 * PostgreSQL's statistics are gathered after the seed (ANALYZE), its schema dropped at the end.
 * Usage: tsx bench/events-read.ts [sqlite|postgres] [events] [seconds] [inline,thread] [pool]
 * (`pool`: the API's PostgreSQL connections, createPostgresStore's default when absent).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { Store } from '../src/core/index.js';
import { createTestApi } from '../src/api/test-support.js';
import { createPostgresStore } from '../src/storage/postgres/postgres-store.js';
import { testDatabaseUrl, uniqueSchema } from '../src/storage/postgres/test-database.js';
import { createSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { createBenchScans, report, syntheticEvent } from './support.js';
import type { WriterData } from './events-writer.js';

const dialect = process.argv[2] ?? 'sqlite';
const total = Number(process.argv[3] ?? 1_000_000);
const seconds = Number(process.argv[4] ?? 15);
const writerModes = (process.argv[5] ?? 'inline,thread').split(',');
const poolSize = process.argv[6] === undefined ? undefined : Number(process.argv[6]);
const CLIENTS = 20;
const PAGE = 100;
const SCANS = 20;
const BATCH = 1000;
/** The writing scan's pace: a batch of 500 events every 25 ms, 20,000 events a second. */
const WRITE_BATCH = 500;
const WRITE_INTERVAL_MS = 25;

interface BenchStore {
  store: Store;
  /** How a second connection (the writer thread's) opens the same store. */
  location: WriterData['store'];
  /** After the seed: PostgreSQL's statistics, as autovacuum would have gathered them by then. */
  analyze: () => Promise<void>;
  cleanup: () => Promise<void>;
}

async function onSchema(schema: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(statement.replace('$schema', `"${schema}"`));
  } finally {
    await client.end();
  }
}

async function openStore(): Promise<BenchStore> {
  if (dialect === 'postgres') {
    const schema = uniqueSchema('bench_read');
    const store = await createPostgresStore({ url: benchDatabaseUrl(), schema, max: poolSize });
    return {
      store,
      location: { postgresUrl: benchDatabaseUrl(), schema },
      analyze: () => onSchema(schema, 'ANALYZE $schema.events'),
      cleanup: () => onSchema(schema, 'DROP SCHEMA IF EXISTS $schema CASCADE'),
    };
  }
  if (dialect !== 'sqlite') throw new Error(`unknown dialect ${dialect}: sqlite or postgres`);
  const dir = mkdtempSync(join(tmpdir(), 'cdz-bench-read-'));
  const file = join(dir, 'bench.db');
  const store = await createSqliteStore({ file });
  return {
    store,
    location: { sqliteFile: file },
    analyze: async () => {},
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

const CLIENT_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Pool } = require(workerData.undici);
const { base, headers, scans, clients, page, seconds } = workerData;
const pool = new Pool(base, { connections: clients, pipelining: 1 });
const latencies = [];
let errors = 0;
const deadline = Date.now() + seconds * 1000;
async function client(n) {
  let scan = scans[n % scans.length];
  let cursor = null;
  let pages = 0;
  while (Date.now() < deadline) {
    const query = 'scan_id=' + scan + '&limit=' + page + (cursor ? '&cursor=' + cursor : '');
    const t0 = performance.now();
    const res = await pool.request({ path: '/api/v1/events?' + query, method: 'GET', headers });
    const body = await res.body.json();
    latencies.push(performance.now() - t0);
    if (res.statusCode !== 200) { errors += 1; cursor = null; continue; }
    pages += 1;
    cursor = body.next_cursor;
    // Ten pages of one scan, then another scan from its start: reads spread over the table.
    if (cursor === null || pages % 10 === 0) {
      cursor = null;
      scan = scans[Math.floor(Math.random() * scans.length)];
    }
  }
}
Promise.all(Array.from({ length: clients }, (_, n) => client(n))).then(async () => {
  await pool.close();
  parentPort.postMessage({ latencies, errors });
});
`;

interface Writer {
  /** Stops writing; the number of events written. */
  stop(): Promise<number>;
}

/** The writing scan in this thread, sharing the server's event loop. */
function inlineWriter(store: Store, firstIndex: number): Writer {
  let written = 0;
  let writing = true;
  const loop = (async () => {
    while (writing) {
      const batch = Array.from({ length: WRITE_BATCH }, (_, k) =>
        syntheticEvent('writer', firstIndex + written + k),
      );
      await store.insertEvents(batch);
      written += batch.length;
      await new Promise((resolve) => setTimeout(resolve, WRITE_INTERVAL_MS));
    }
  })();
  return {
    async stop() {
      writing = false;
      await loop;
      return written;
    },
  };
}

/** The writing scan in a worker thread with its own store connection. */
function threadWriter(location: WriterData['store'], firstIndex: number): Writer {
  const data: WriterData = {
    store: location,
    scanId: 'writer',
    firstIndex,
    batch: WRITE_BATCH,
    intervalMs: WRITE_INTERVAL_MS,
  };
  // The thread loads TypeScript through tsx, as this process does.
  const entry = new URL('./events-writer.ts', import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`,
    { eval: true, workerData: data },
  );
  const messages: Array<(message: { written?: number }) => void> = [];
  worker.on('message', (message: { written?: number }) => messages.shift()?.(message));
  const next = () =>
    new Promise<{ written?: number }>((resolve, reject) => {
      messages.push(resolve);
      worker.once('error', reject);
    });
  const ready = next();
  return {
    async stop() {
      await ready;
      const done = next();
      worker.postMessage('stop');
      const { written = 0 } = await done;
      await worker.terminate();
      return written;
    },
  };
}

/** The bench's connections name themselves, so that their server processes can be told apart. */
const APPLICATION_NAME = 'cdz_bench_read';

function benchDatabaseUrl(): string {
  const url = new URL(testDatabaseUrl());
  url.searchParams.set('application_name', APPLICATION_NAME);
  return url.toString();
}

/**
 * The CPU time (clock ticks, Linux's USER_HZ: 100 a second) of each process of the local
 * PostgreSQL server that serves this bench: the bench's connections (the API's pool and the
 * writer's) and the server's own processes (WAL writer, checkpointer, autovacuum), from /proc.
 * Empty where /proc does not show them (a server on another host, not Linux).
 */
async function postgresServerTicks(): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  let pids: number[];
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE application_name = $1 OR backend_type <> 'client backend'`,
      [APPLICATION_NAME],
    );
    pids = rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile, or not on this machine
    }
    // After "pid (comm) ": state is field 3, utime and stime fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks.set(pid, Number(fields[11]) + Number(fields[12]));
  }
  return ticks;
}

/** The ms of CPU those processes spent between two samples; null if none was visible. */
function postgresCpuMs(before: Map<number, number>, after: Map<number, number>): number | null {
  if (after.size === 0) return null;
  let ticks = 0;
  // A connection opened meanwhile counts from zero; one closed meanwhile is lost (none should:
  // the pool keeps its busy connections).
  for (const [pid, end] of after) ticks += end - (before.get(pid) ?? 0);
  return ticks * 10;
}

/** The 20 clients, in a worker thread, for `seconds`: every request's latency. */
async function readers(
  base: string,
  headers: Record<string, string>,
  scans: string[],
): Promise<{ latencies: number[]; errors: number }> {
  const worker = new Worker(CLIENT_CODE, {
    eval: true,
    workerData: {
      undici: import.meta.resolve('undici').replace('file://', ''),
      base,
      headers,
      scans,
      clients: CLIENTS,
      page: PAGE,
      seconds,
    },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const { store, location, analyze, cleanup } = await openStore();
try {
  const scanIds = Array.from({ length: SCANS }, (_, i) => `read-${i}`);
  await createBenchScans(store, [...scanIds, 'writer']);
  const seedStart = performance.now();
  for (let start = 0; start < total; start += BATCH) {
    const scan = scanIds[(start / BATCH) % SCANS]!;
    await store.insertEvents(
      Array.from({ length: Math.min(BATCH, total - start) }, (_, k) =>
        syntheticEvent(scan, start + k),
      ),
    );
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;
  await analyze();

  const api = await createTestApi({ store });
  const base = await api.app.listen({ host: '127.0.0.1', port: 0 });
  let firstIndex = total;
  for (const mode of writerModes) {
    const writer =
      mode === 'thread' ? threadWriter(location, firstIndex) : inlineWriter(store, firstIndex);
    const cpuBefore = process.cpuUsage();
    const postgresBefore = dialect === 'postgres' ? await postgresServerTicks() : null;
    const loopBefore = performance.eventLoopUtilization();
    const delay = monitorEventLoopDelay({ resolution: 5 });
    const gcPauses: number[] = [];
    const gcObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) gcPauses.push(entry.duration);
    });
    gcObserver.observe({ entryTypes: ['gc'] });
    delay.enable();
    const result = await readers(base, api.acme, scanIds);
    delay.disable();
    gcObserver.disconnect();
    const loop = performance.eventLoopUtilization(loopBefore);
    const cpu = process.cpuUsage(cpuBefore);
    const postgresAfter = postgresBefore === null ? null : await postgresServerTicks();
    const postgresMs =
      postgresBefore && postgresAfter && postgresCpuMs(postgresBefore, postgresAfter);
    const written = await writer.stop();
    firstIndex += written;
    const sorted = [...result.latencies].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const requests = sorted.length;
    report({
      bench: 'events-read',
      dialect,
      writer: mode,
      ...(poolSize !== undefined && { pool: poolSize }),
      stored_events: total,
      seed_seconds: Number(seedSeconds.toFixed(1)),
      clients: CLIENTS,
      page_size: PAGE,
      seconds,
      pages_per_second: Math.round(requests / seconds),
      errors: result.errors,
      p50_ms: Number(at(0.5).toFixed(1)),
      p99_ms: Number(at(0.99).toFixed(1)),
      max_ms: Number((sorted.at(-1) ?? 0).toFixed(1)),
      // The server thread's busy time (its event loop), and the whole process's CPU (server,
      // writer thread and the clients' thread) per request.
      server_loop_busy_ms_per_request: Number((loop.active / requests).toFixed(2)),
      server_loop_utilization: Number(loop.utilization.toFixed(2)),
      // What holds the server's loop at a time (a request waits behind it): the loop's delay
      // (5 ms resolution) and its garbage collector's pauses.
      server_loop_delay_p99_ms: Number((delay.percentile(99) / 1e6).toFixed(1)),
      server_loop_delay_max_ms: Number((delay.max / 1e6).toFixed(1)),
      server_gc_ms_per_second: Number((gcPauses.reduce((a, b) => a + b, 0) / seconds).toFixed(1)),
      server_gc_max_ms: Number(Math.max(0, ...gcPauses).toFixed(1)),
      process_cpu_ms_per_request: Number(((cpu.user + cpu.system) / 1000 / requests).toFixed(2)),
      // The local PostgreSQL server's processes for this bench (the writer's inserts included).
      ...(typeof postgresMs === 'number' && {
        postgres_cpu_ms_per_request: Number((postgresMs / requests).toFixed(2)),
      }),
      events_written_meanwhile: written,
    });
  }
  await api.app.close();
} finally {
  await store.close();
  await cleanup();
}
