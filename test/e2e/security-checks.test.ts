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
  LEGACY,
  WEB,
} from '../../src/providers/aws/services/ec2/fixtures/sdk-responses.js';

interface ApiEvent {
  resource_id: string;
  metric_type: string;
  metric_value: {
    status: string;
    severity: string;
    reason: string;
    compliance: Record<string, string[]>;
  };
}

/** A scan through the API, the worker and the check engine: check results stored and summarised. */
describe('security checks end to end', () => {
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
    ec2.on(DescribeAddressesCommand).resolves(describeAddresses);
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
    cloudwatch.on(ListMetricsCommand).resolves({ Metrics: [] });
    cloudwatch.on(GetMetricDataCommand).resolves({ MetricDataResults: [] });

    dataDir = mkdtempSync(join(tmpdir(), 'cdz-checks-'));
    runtime = await createRuntime(loadConfig({ env: { CLOUDDIAGNOZE_DATA_DIR: dataDir } }), {
      logDestination: 'silent',
    });
    auth = { authorization: `Bearer ${await ensureAdminKey(runtime.store)}` };
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

  async function scan(options?: Record<string, unknown>): Promise<string> {
    const posted = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: auth,
      payload: {
        provider: 'aws',
        services: ['ec2'],
        regions: ['eu-west-1'],
        client_id: 'ACME',
        auth_mode: { type: 'default' },
        ...(options && { options }),
      },
    });
    expect(posted.statusCode).toBe(202);
    const id = posted.json<{ scan_id: string }>().scan_id;
    for (let i = 0; i < 200; i += 1) {
      const status = (
        await app.inject({ method: 'GET', url: `/api/v1/scans/${id}`, headers: auth })
      ).json<{
        status: string;
      }>().status;
      if (['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(status)) {
        expect(status).toBe('SUCCEEDED');
        return id;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the scan did not finish');
  }

  async function securityEvents(scanId: string): Promise<ApiEvent[]> {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/events?scan_id=${scanId}&metric_type=aws.security.ec2.&limit=1000`,
      headers: auth,
    });
    return res.json<{ items: ApiEvent[] }>().items;
  }

  it('stores one result per instance and check, and summarises them per CIS control', async () => {
    const id = await scan();
    const events = await securityEvents(id);
    const imds = events.filter(
      (e) => e.metric_type === 'aws.security.ec2.ec2_instance_imdsv2_enabled',
    );
    const status = (instance: string) =>
      imds.find((e) => e.resource_id.endsWith(`instance/${instance}`))?.metric_value;
    expect(status(WEB)).toMatchObject({
      status: 'PASS',
      severity: 'high',
      compliance: { 'cis_aws_7.0': ['6.7'] },
    });
    expect(status(LEGACY)).toMatchObject({
      status: 'FAIL',
      reason: `${LEGACY} allows IMDSv1 (HttpTokens optional)`,
    });

    const compliance = await app.inject({
      method: 'GET',
      url: `/api/v1/scans/${id}/compliance?framework=cis_aws_7.0`,
      headers: auth,
    });
    expect(compliance.statusCode).toBe(200);
    const control = compliance
      .json<{ controls: { id: string; status: string }[] }>()
      .controls.find((c) => c.id === '6.7');
    expect(control?.status).toBe('FAILED');
  });

  it('runs only the checks the scan asks for', async () => {
    const id = await scan({ checks: ['ec2_instance_public_ip'] });
    const types = new Set((await securityEvents(id)).map((e) => e.metric_type));
    expect([...types]).toEqual(['aws.security.ec2.ec2_instance_public_ip']);
  });
});
