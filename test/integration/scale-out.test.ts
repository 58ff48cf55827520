import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/config.js';
import { TERMINAL_SCAN_STATUSES, type Scan } from '../../src/core/index.js';
import { redisClientUnavailable } from '../../src/queue/bullmq/bullmq-queue.js';
import { redisUnavailable, testRedisUrl } from '../../src/queue/bullmq/test-redis.js';
import {
  postgresUnavailable,
  testDatabaseUrl,
  uniqueSchema,
} from '../../src/storage/postgres/test-database.js';
import { startLatencyProxy, type LatencyProxy } from '../support/latency-proxy.js';
import { motoUnavailable, startMoto, useEndpoint, type MotoServer } from '../support/moto.js';
import { startWorker, type WorkerProcess } from '../support/worker-process.js';

const databaseUrl = testDatabaseUrl();
const redisUrl = testRedisUrl();
const baseSkip = (await postgresUnavailable(databaseUrl)) ?? motoUnavailable();
const redisSkip = redisClientUnavailable() ?? (await redisUnavailable(redisUrl));
if (baseSkip) console.warn(`scale-out tests are skipped: ${baseSkip}`);
else if (redisSkip) console.warn(`scale-out tests on BullMQ/Redis are skipped: ${redisSkip}`);

const REGIONS = ['us-east-1', 'eu-west-1', 'eu-west-3', 'us-west-2', 'ap-southeast-2', 'sa-east-1'];
/** Each cloud call waits this long, so that units are still running when a worker is killed. */
const LATENCY_MS = 120;

const queues = [
  { name: 'BullMQ on PostgreSQL', skip: baseSkip, redis: false },
  { name: 'BullMQ on Redis', skip: baseSkip ?? redisSkip, redis: true },
];

for (const queue of queues) {
  describe.skipIf(queue.skip !== null)(
    `scale-out: PostgreSQL store, ${queue.name}, worker processes`,
    () => {
      let moto: MotoServer;
      let proxy: LatencyProxy;
      let restore: () => void;
      let schema: string;
      let admin: pg.Client;
      let runtime: Runtime;
      let dataDir: string;
      let env: Record<string, string>;
      const workers: WorkerProcess[] = [];

      beforeAll(async () => {
        moto = await startMoto();
        restore = useEndpoint(moto.endpoint, 'us-east-1');
        // Every region has a default VPC (subnets, security groups, route tables…) to scan.
        proxy = await startLatencyProxy(moto.endpoint, LATENCY_MS);

        schema = uniqueSchema('scaleout');
        admin = new pg.Client({ connectionString: databaseUrl });
        await admin.connect();
        await admin.query(`CREATE SCHEMA "${schema}"`);
        await admin.query(`SET search_path TO "${schema}"`);
        dataDir = mkdtempSync(join(tmpdir(), 'cdz-scaleout-'));
        const url = new URL(databaseUrl);
        url.searchParams.set('options', `-c search_path=${schema}`);
        env = {
          DATABASE_URL: url.toString(),
          ...(queue.redis ? { REDIS_URL: redisUrl } : {}),
          CLOUDDIAGNOZE_QUEUE_NAME: `cdz-test-${randomBytes(6).toString('hex')}`,
          CLOUDDIAGNOZE_SECRET_KEY: randomBytes(32).toString('hex'),
          CLOUDDIAGNOZE_JOB_LOCK_SECONDS: '2',
          CLOUDDIAGNOZE_DATA_DIR: dataDir,
          AWS_ENDPOINT_URL: proxy.endpoint,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        };
        // This process plays the API: it submits scans and reads the store, and runs no worker.
        runtime = await createRuntime(loadConfig({ env: { ...env, LOG_LEVEL: 'warn' } }), {
          logDestination: 'silent',
        });
      });

      afterAll(async () => {
        await Promise.all(workers.map((w) => w.kill()));
        await runtime?.close();
        if (admin) {
          await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await admin.end();
        }
        await proxy?.stop();
        await moto?.stop();
        restore?.();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      });

      async function submit(): Promise<Scan> {
        return runtime.scans.submit({
          provider: 'aws',
          services: ['vpc'],
          regions: REGIONS,
          client_id: 'ACME',
          auth_mode: { type: 'default' },
        });
      }

      async function until<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
        const deadline = Date.now() + 90_000;
        for (;;) {
          const value = await read();
          if (value !== undefined) return value;
          if (Date.now() > deadline) {
            throw new Error(`${what} did not happen\n${workers.map((w) => w.log).join('\n')}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }

      const finished = (scanId: string) =>
        until('the scan ending', async () => {
          const scan = await runtime.store.getScan(scanId);
          return scan && (TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)
            ? scan
            : undefined;
        });

      async function eventKeys(
        scanId: string,
      ): Promise<{ rows: number; ids: number; keys: string[] }> {
        const counts = await admin.query<{ rows: string; ids: string }>(
          'SELECT count(*) AS rows, count(DISTINCT event_id) AS ids FROM events WHERE scan_id = $1',
          [scanId],
        );
        const keys = await admin.query<{ key: string }>(
          `SELECT resource_id || ' ' || metric_type AS key FROM events WHERE scan_id = $1 ORDER BY 1`,
          [scanId],
        );
        return {
          rows: Number(counts.rows[0]?.rows),
          ids: Number(counts.rows[0]?.ids),
          keys: keys.rows.map((r) => r.key),
        };
      }

      it('two workers share a scan; one is killed mid-scan and the scan still ends with every event once', async () => {
        const doomed = startWorker(env, 2);
        const survivor = startWorker(env, 2);
        workers.push(doomed, survivor);
        await Promise.all([doomed.ready, survivor.ready]);

        const submitted = await submit();
        // Each worker runs at most two units: with three running, both hold at least one.
        await until('both workers running units', async () => {
          const units = await runtime.store.listUnits(submitted.id);
          return units.filter((u) => u.status === 'RUNNING').length >= 3 ? true : undefined;
        });
        await doomed.kill();

        const scan = await finished(submitted.id);
        const units = await runtime.store.listUnits(submitted.id);
        expect(scan.status).toBe('SUCCEEDED');
        expect(units).toHaveLength(REGIONS.length);
        expect(units.every((u) => u.status === 'SUCCEEDED')).toBe(true);
        // The killed worker's units were taken over and run again by the survivor.
        expect(units.some((u) => u.attempts >= 2)).toBe(true);

        const events = await eventKeys(submitted.id);
        expect(events.rows).toBeGreaterThan(REGIONS.length * 3);
        expect(events.ids).toBe(events.rows);
        expect(scan.progress.events).toBe(events.rows);

        // The same scan, run by the survivor alone and never interrupted, finds the same events.
        const reference = await finished((await submit()).id);
        expect(reference.status).toBe('SUCCEEDED');
        expect((await eventKeys(reference.id)).keys).toEqual(events.keys);
      }, 180_000);
    },
  );
}
