/**
 * Events per second into the SQLite store: raw batched inserts, and the full event pipeline
 * (catalogue check, 2CBP timestamp, event id, batching) in front of it.
 * Usage: tsx bench/store-insert.ts [events]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metric, MetricCatalogue, systemClock } from '../src/core/index.js';
import { EventPipeline } from '../src/pipeline/pipeline.js';
import { createSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { createBenchScans, report, syntheticEvent, withPeakMemory } from './support.js';

const total = Number(process.argv[2] ?? 300_000);
const BATCH = 1000;
const dir = mkdtempSync(join(tmpdir(), 'cdz-bench-'));

try {
  const store = await createSqliteStore({ file: join(dir, 'bench.db') });
  await createBenchScans(store, ['raw', 'pipeline']);

  const raw = await withPeakMemory(async () => {
    let elapsed = 0;
    for (let start = 0; start < total; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, total - start) }, (_, k) =>
        syntheticEvent('raw', start + k),
      );
      const t0 = performance.now();
      await store.insertEvents(batch);
      elapsed += performance.now() - t0;
    }
    return elapsed;
  });

  const catalogue = new MetricCatalogue([
    metric('aws.metadata.ec2.instance_type', 'string', 'type'),
    metric('aws.performance.ec2.cpu_utilization.average', 'number', 'cpu', 'percent'),
  ]);
  const pipelined = await withPeakMemory(async () => {
    const pipeline = new EventPipeline(
      {
        scanId: 'pipeline',
        clientId: 'ACME',
        provider: 'aws',
        accountId: '123456789012',
        region: 'eu-west-1',
        service: 'ec2',
      },
      { store, sinks: [], catalogue, clock: systemClock },
      { batchSize: BATCH },
    );
    const t0 = performance.now();
    for (let i = 0; i < total; i += 1) {
      await pipeline.push({
        resource_id: `arn:aws:ec2:eu-west-1:123456789012:instance/i-${i.toString(16).padStart(17, '0')}`,
        metric_type:
          i % 2 === 0
            ? 'aws.metadata.ec2.instance_type'
            : 'aws.performance.ec2.cpu_utilization.average',
        metric_value: i % 2 === 0 ? 't3.micro' : 27.85,
      });
    }
    await pipeline.flush();
    return performance.now() - t0;
  });
  await store.close();
  report({
    bench: 'store-insert',
    events: total,
    batch: BATCH,
    raw_events_per_second: Math.round(total / (raw.result / 1000)),
    pipeline_events_per_second: Math.round(total / (pipelined.result / 1000)),
    peak_heap_mib: Math.round(Math.max(raw.peakHeapMiB, pipelined.peakHeapMiB)),
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
