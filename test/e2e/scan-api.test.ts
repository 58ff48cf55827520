import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB } from '../../src/providers/aws/services/ec2/fixtures/sdk-responses.js';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import { mockEc2Account } from '../support/mocked-ec2-account.js';

/** POST a scan → the worker → mocked AWS → GET the events, through the real composition. */
describe('scan through the API end to end', () => {
  const aws = mockEc2Account({ cpu: 12.5 });
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
    aws.restore();
  });

  it('answers 202 at once, scans in the background, and serves the events', async () => {
    const { app, admin } = api;
    const posted = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: admin,
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

    const scan = (await api.waitForScan(scan_id)) as {
      status: string;
      progress: { events: number };
      units: { region: string }[];
    };
    expect(scan.status).toBe('SUCCEEDED');
    expect(scan.units.map((u) => u.region)).toEqual(['eu-west-1']);
    expect(JSON.stringify(scan)).not.toContain('wJalrXUtnFEMI');

    const cpu = await app.inject({
      method: 'GET',
      url: `/api/v1/events?scan_id=${scan_id}&metric_type=aws.performance.ec2.cpu_utilization.`,
      headers: admin,
    });
    expect(cpu.statusCode).toBe(200);
    const items = cpu.json<{ items: { resource_id: string; metric_value: unknown }[] }>().items;
    expect(items.find((e) => e.resource_id.endsWith(`instance/${WEB}`))?.metric_value).toBe(12.5);

    const stream = await app.inject({
      method: 'GET',
      url: `/api/v1/events?scan_id=${scan_id}&limit=5`,
      headers: { ...admin, accept: 'application/x-ndjson' },
    });
    const lines = stream.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(scan.progress.events);
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
