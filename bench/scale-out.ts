/**
 * Wall time of one scan of a synthetic AWS Organization with 1, 2 and 4 worker processes sharing
 * PostgreSQL (store and BullMQ queue, or Redis when REDIS_URL is set and ioredis installed). The
 * cloud is moto (multi-account: AssumeRole lands in the member account) behind a loopback proxy
 * that adds a fixed latency to every call, like a real API.
 * Usage: tsx bench/scale-out.ts [accounts] [regions] [latency-ms] [worker counts] [services]
 *   e.g. tsx bench/scale-out.ts 8 4 100 1,2,4 vpc,rds
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAccountCommand,
  CreateOrganizationCommand,
  ListAccountsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { DescribeImagesCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import pg from 'pg';
import { createRuntime } from '../src/cli/runtime.js';
import { loadConfig } from '../src/config/config.js';
import { TERMINAL_SCAN_STATUSES, type Scan } from '../src/core/index.js';
import {
  postgresUnavailable,
  testDatabaseUrl,
  uniqueSchema,
} from '../src/storage/postgres/test-database.js';
import { startLatencyProxy } from '../test/support/latency-proxy.js';
import { motoUnavailable, startMoto, useEndpoint } from '../test/support/moto.js';
import { startWorker, type WorkerProcess } from '../test/support/worker-process.js';
import { machine, report } from './support.js';

const accounts = Number(process.argv[2] ?? 8);
const regionCount = Number(process.argv[3] ?? 4);
const latencyMs = Number(process.argv[4] ?? 100);
const workerCounts = (process.argv[5] ?? '1,2,4').split(',').map(Number);
const services = (process.argv[6] ?? 'vpc,rds').split(',');
const CONCURRENCY = 4;
const INSTANCES = 5;
const REGIONS = ['us-east-1', 'eu-west-1', 'eu-west-3', 'us-west-2', 'ap-southeast-2', 'sa-east-1'];
const regions = REGIONS.slice(0, regionCount);

const url = testDatabaseUrl();
const missing = (await postgresUnavailable(url)) ?? motoUnavailable();
if (missing) {
  process.stderr.write(`scale-out: ${missing}\n`);
  process.exit(1);
}

const moto = await startMoto();
const restore = useEndpoint(moto.endpoint, 'us-east-1');
const schema = uniqueSchema('bench');
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`CREATE SCHEMA "${schema}"`);
const dataDir = mkdtempSync(join(tmpdir(), 'cdz-bench-scaleout-'));
const workers: WorkerProcess[] = [];

try {
  // ---- the organization: a management account and members, instances in every region
  const organizations = new OrganizationsClient({});
  await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  for (let i = 1; i < accounts; i++) {
    await organizations.send(
      new CreateAccountCommand({ AccountName: `member-${i}`, Email: `member-${i}@example.com` }),
    );
  }
  const ids = ((await organizations.send(new ListAccountsCommand({}))).Accounts ?? []).map(
    (a) => a.Id as string,
  );
  const sts = new STSClient({});
  for (const id of ids) {
    const role = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${id}:role/OrganizationAccountAccessRole`,
        RoleSessionName: 'seed',
      }),
    );
    const credentials = {
      accessKeyId: role.Credentials?.AccessKeyId ?? '',
      secretAccessKey: role.Credentials?.SecretAccessKey ?? '',
      sessionToken: role.Credentials?.SessionToken ?? '',
    };
    for (const region of regions) {
      const ec2 = new EC2Client({ region, credentials });
      const image = (await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }))).Images?.[0]
        ?.ImageId;
      await ec2.send(
        new RunInstancesCommand({
          ImageId: image,
          InstanceType: 't3.micro',
          MinCount: INSTANCES,
          MaxCount: INSTANCES,
        }),
      );
      ec2.destroy();
    }
  }
  const proxy = await startLatencyProxy(moto.endpoint, latencyMs);

  const databaseUrl = new URL(url);
  databaseUrl.searchParams.set('options', `-c search_path=${schema}`);
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl.toString(),
    CLOUDDIAGNOZE_QUEUE_NAME: `bench-${randomBytes(4).toString('hex')}`,
    CLOUDDIAGNOZE_SECRET_KEY: randomBytes(32).toString('hex'),
    CLOUDDIAGNOZE_DATA_DIR: dataDir,
    AWS_ENDPOINT_URL: proxy.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  };
  const runtime = await createRuntime(loadConfig({ env: { ...env, LOG_LEVEL: 'warn' } }), {
    logDestination: 'silent',
  });

  const runs: Record<string, unknown>[] = [];
  for (const count of workerCounts) {
    const started = Array.from({ length: count }, () => startWorker(env, CONCURRENCY));
    workers.push(...started);
    await Promise.all(started.map((w) => w.ready));
    const callsBefore = proxy.requests;
    const t0 = performance.now();
    let scan: Scan = await runtime.scans.submit({
      provider: 'aws',
      services,
      regions,
      client_id: 'BENCH',
      auth_mode: { type: 'organization' },
    });
    while (!(TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      scan = (await runtime.store.getScan(scan.id)) ?? scan;
    }
    const seconds = (performance.now() - t0) / 1000;
    const run = {
      workers: count,
      concurrency_per_worker: CONCURRENCY,
      status: scan.status,
      units: scan.progress.units_total,
      events: scan.progress.events,
      cloud_calls: proxy.requests - callsBefore,
      wall_seconds: Number(seconds.toFixed(2)),
    };
    runs.push(run);
    process.stderr.write(
      `${count} worker(s) × ${CONCURRENCY}: ${scan.status} ${run.units} units, ${run.events} events, ${run.cloud_calls} cloud calls in ${run.wall_seconds} s\n`,
    );
    await Promise.all(started.map((w) => w.stop()));
  }
  await runtime.close();
  await proxy.stop();
  report({
    bench: 'scale-out',
    machine: machine(),
    queue: process.env.REDIS_URL ? 'bullmq-redis' : 'bullmq-postgres',
    accounts,
    regions: regions.length,
    services,
    instances_per_account_region: INSTANCES,
    latency_ms_per_call: latencyMs,
    runs,
    date: new Date().toISOString(),
  });
} finally {
  await Promise.all(workers.map((w) => w.kill()));
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
  await moto.stop();
  restore();
  rmSync(dataDir, { recursive: true, force: true });
}
