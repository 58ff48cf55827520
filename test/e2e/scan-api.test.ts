import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  ListMetricsCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { ensureAdminKey } from '../../src/api/keys.js';
import { createRuntime, type Runtime } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/config.js';
import type { QueueWorker } from '../../src/core/index.js';
import {
  describeAddresses,
  describeInstancesPage1,
  describeInstancesPage2,
  describeVolumes,
  WEB,
} from '../../src/providers/aws/services/ec2/fixtures/sdk-responses.js';

/** POST a scan → the worker → mocked AWS → GET the events, through the real composition. */
describe('scan through the API end to end', () => {
  const sts = mockClient(STSClient);
  const ec2 = mockClient(EC2Client);
  const cloudwatch = mockClient(CloudWatchClient);
  let dataDir: string;
  let runtime: Runtime;
  let app: FastifyInstance;
  let worker: QueueWorker;
  let auth: { authorization: string };

  beforeAll(async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Account: '123456789012',
      Arn: 'arn:aws:iam::123456789012:user/scanner',
      UserId: 'AIDAEXAMPLE',
    });
    ec2
      .on(DescribeRegionsCommand)
      .resolves({ Regions: [{ RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' }] });
    ec2
      .on(DescribeInstancesCommand)
      .callsFake((input: { NextToken?: string }) =>
        input.NextToken ? describeInstancesPage2 : describeInstancesPage1,
      );
    ec2.on(DescribeVolumesCommand).resolves(describeVolumes);
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
    ec2.on(DescribeAddressesCommand).resolves(describeAddresses);
    cloudwatch.on(ListMetricsCommand).resolves({ Metrics: [] });
    cloudwatch
      .on(GetMetricDataCommand)
      .callsFake((input: { MetricDataQueries?: { Id?: string }[] }) => ({
        MetricDataResults: (input.MetricDataQueries ?? []).map((q) => ({
          Id: q.Id,
          StatusCode: 'Complete',
          Timestamps: [new Date()],
          Values: [12.5],
        })),
      }));

    dataDir = mkdtempSync(join(tmpdir(), 'cdz-e2e-'));
    runtime = await createRuntime(loadConfig({ env: { CLOUDDIAGNOZE_DATA_DIR: dataDir } }), {
      logDestination: 'silent',
    });
    const key = await ensureAdminKey(runtime.store);
    auth = { authorization: `Bearer ${key}` };
    app = await buildApp({
      store: runtime.store,
      queue: runtime.queue,
      scans: runtime.scans,
      registry: runtime.registry,
      metrics: runtime.metrics,
    });
    worker = runtime.queue.process(runtime.runner.handle, { concurrency: 2 });
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await runtime?.close();
    sts.restore();
    ec2.restore();
    cloudwatch.restore();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 202 at once, scans in the background, and serves the events', async () => {
    const posted = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: auth,
      payload: {
        provider: 'aws',
        services: ['ec2'],
        client_id: 'ACME',
        auth_mode: {
          type: 'access_keys',
          access_key_id: 'AKIAIOSFODNN7EXAMPLE',
          secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        },
      },
    });
    expect(posted.statusCode).toBe(202);
    const { scan_id, status } = posted.json<{ scan_id: string; status: string }>();
    expect(status).toBe('QUEUED');

    let scan:
      | {
          status: string;
          progress: { events: number };
          units: { region: string }[];
          auth_mode: Record<string, unknown>;
        }
      | undefined;
    for (let i = 0; i < 200; i += 1) {
      scan = (
        await app.inject({ method: 'GET', url: `/api/v1/scans/${scan_id}`, headers: auth })
      ).json();
      if (scan && ['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(scan.status)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(scan?.status).toBe('SUCCEEDED');
    expect(scan?.units.map((u) => u.region)).toEqual(['eu-west-1']);
    expect(JSON.stringify(scan)).not.toContain('wJalrXUtnFEMI');

    const cpu = await app.inject({
      method: 'GET',
      url: `/api/v1/events?scan_id=${scan_id}&metric_type=aws.performance.ec2.cpu_utilization.`,
      headers: auth,
    });
    expect(cpu.statusCode).toBe(200);
    const items = cpu.json<{
      items: { resource_id: string; metric_value: unknown; timestamp: string }[];
    }>().items;
    expect(items.find((e) => e.resource_id.endsWith(`instance/${WEB}`))?.metric_value).toBe(12.5);

    const stream = await app.inject({
      method: 'GET',
      url: `/api/v1/events?scan_id=${scan_id}&limit=5`,
      headers: { ...auth, accept: 'application/x-ndjson' },
    });
    const lines = stream.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(scan!.progress.events);
    expect(Object.keys(lines[0]!).sort()).toEqual([
      'client_id',
      'metric_type',
      'metric_value',
      'resource_id',
      'timestamp',
    ]);
    expect(stream.body).not.toContain('wJalrXUtnFEMI');
  });
});
