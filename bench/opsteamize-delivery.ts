/**
 * Opsteamize delivery: events per second from the SQLite outbox to a receiver on loopback (in a
 * worker thread, so that it does not share the deliverer's CPU time), and what filling the outbox
 * costs the store's insert rate.
 * Usage: tsx bench/opsteamize-delivery.ts [events]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { silentLogger, systemClock } from '../src/core/index.js';
import { OutboxDeliverer } from '../src/pipeline/deliverer.js';
import { opsteamizeSink } from '../src/pipeline/sinks/http.js';
import { createSqliteStore, type SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { createBenchScans, machine, report, syntheticEvent, withPeakMemory } from './support.js';

const total = Number(process.argv[2] ?? 200_000);
const BATCH = 1000;
const dir = mkdtempSync(join(tmpdir(), 'cdz-bench-opst-'));

/** Accepts /submit-metrics like the aggregator: gunzips, parses, counts, drops repeated keys. */
const RECEIVER = `
const { createServer } = require('node:http');
const { gunzipSync } = require('node:zlib');
const { parentPort } = require('node:worker_threads');
const keys = new Set();
let events = 0;
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body = Buffer.concat(chunks);
    if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
    const batch = JSON.parse(body.toString('utf8'));
    const key = req.headers['idempotency-key'];
    if (!keys.has(key)) { keys.add(key); events += batch.length; }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', () => parentPort.postMessage({ events }));
`;

/** Insert rate of `total` events in batches, with the outbox of `sinks` filled in the same transaction. */
async function insertRate(store: SqliteStore, scanId: string, sinks: string[]): Promise<number> {
  let elapsed = 0;
  for (let start = 0; start < total; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, total - start) }, (_, k) =>
      syntheticEvent(scanId, start + k),
    );
    const t0 = performance.now();
    await store.insertEvents(batch, sinks);
    elapsed += performance.now() - t0;
  }
  return Math.round(total / (elapsed / 1000));
}

async function deliver(
  store: SqliteStore,
  receiverUrl: string,
  options: { envelope: boolean; maxEvents: number },
): Promise<{ eventsPerSecond: number; peakHeapMiB: number }> {
  const sink = opsteamizeSink({
    baseUrl: receiverUrl,
    token: 'bench-token',
    envelope: options.envelope,
    limits: { maxEvents: options.maxEvents },
  });
  const deliverer = new OutboxDeliverer({
    store,
    sink,
    clock: systemClock,
    log: silentLogger,
    owner: 'bench',
  });
  const run = await withPeakMemory(async () => {
    const t0 = performance.now();
    if (!(await deliverer.drain(600_000))) throw new Error('the outbox was not drained');
    return performance.now() - t0;
  });
  await deliverer.stop();
  await sink.close();
  return {
    eventsPerSecond: Math.round(total / (run.result / 1000)),
    peakHeapMiB: Math.round(run.peakHeapMiB),
  };
}

const receiver = new Worker(RECEIVER, { eval: true });
try {
  const { port } = await new Promise<{ port: number }>((resolve) =>
    receiver.once('message', resolve),
  );
  const url = `http://127.0.0.1:${port}`;
  const store = await createSqliteStore({ file: join(dir, 'bench.db') });
  const rounds = [1, 2, 3];
  const scans = [...rounds.flatMap((r) => [`plain-${r}`, `outbox-${r}`]), 'envelope', 'large'];
  await createBenchScans(store, scans);
  // Alternated, so that a busy machine weighs on both alike; the median of three rounds each.
  const plainRates: number[] = [];
  const outboxRates: number[] = [];
  const wireRates: number[] = [];
  let peakHeap = 0;
  for (const r of rounds) {
    plainRates.push(await insertRate(store, `plain-${r}`, []));
    outboxRates.push(await insertRate(store, `outbox-${r}`, ['opsteamize']));
    const run = await deliver(store, url, { envelope: false, maxEvents: 1000 });
    wireRates.push(run.eventsPerSecond);
    peakHeap = Math.max(peakHeap, run.peakHeapMiB);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  const withoutOutbox = median(plainRates);
  const withOutbox = median(outboxRates);
  await insertRate(store, 'envelope', ['opsteamize']);
  const envelope = await deliver(store, url, { envelope: true, maxEvents: 1000 });
  await insertRate(store, 'large', ['opsteamize']);
  const large = await deliver(store, url, { envelope: false, maxEvents: 5000 });
  receiver.postMessage('count');
  const { events: received } = await new Promise<{ events: number }>((resolve) =>
    receiver.once('message', resolve),
  );
  await store.close();
  if (received !== total * 5)
    throw new Error(`the receiver accepted ${received} events, not ${total * 5}`);
  report({
    bench: 'opsteamize-delivery',
    machine: machine(),
    events: total,
    insert_events_per_second: withoutOutbox,
    insert_with_outbox_events_per_second: withOutbox,
    outbox_insert_overhead_percent: Math.round((1 - withOutbox / withoutOutbox) * 1000) / 10,
    delivered_events_per_second: median(wireRates),
    delivered_envelope_events_per_second: envelope.eventsPerSecond,
    delivered_batch_5000_events_per_second: large.eventsPerSecond,
    peak_heap_mib: Math.max(peakHeap, envelope.peakHeapMiB, large.peakHeapMiB),
    load_average: Number(loadavg()[0]!.toFixed(1)),
  });
} finally {
  await receiver.terminate();
  rmSync(dir, { recursive: true, force: true });
}
