import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGACY, WEB } from '../../src/providers/aws/services/ec2/fixtures/sdk-responses.js';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import { mockEc2Account } from '../support/mocked-ec2-account.js';

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
  const aws = mockEc2Account();
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
    aws.restore();
  });

  async function scan(options?: Record<string, unknown>): Promise<string> {
    const posted = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.admin,
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
    expect((await api.waitForScan(id)).status).toBe('SUCCEEDED');
    return id;
  }

  async function securityEvents(scanId: string): Promise<ApiEvent[]> {
    const res = await api.app.inject({
      method: 'GET',
      url: `/api/v1/events?scan_id=${scanId}&metric_type=aws.security.ec2.&limit=1000`,
      headers: api.admin,
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

    const compliance = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans/${id}/compliance?framework=cis_aws_7.0`,
      headers: api.admin,
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
