import { beforeEach, describe, expect, it } from 'vitest';
import { categoryOf, eventId, toParisIso, type CbpEvent } from '../../core/index.js';
import { ACME, createTestApi, GLOBEX, type TestApi } from '../test-support.js';

const ACCOUNT = '123456789012';

function checkEvent(
  scanId: string,
  service: string,
  checkId: string,
  resource: string,
  status: string,
): CbpEvent {
  const metricType = `aws.security.${service}.${checkId}`;
  return {
    client_id: ACME,
    timestamp: toParisIso(new Date('2026-07-14T10:00:00Z')),
    resource_id: resource,
    metric_type: metricType,
    metric_value: {
      status,
      severity: 'high',
      title: checkId,
      reason: `${checkId} ${status}`,
      remediation: { text: 'fix' },
      compliance: {},
    },
    event_id: eventId(scanId, resource, metricType),
    scan_id: scanId,
    provider: 'aws',
    account_id: ACCOUNT,
    region: service === 'iam' ? 'global' : 'eu-west-3',
    service,
    category: categoryOf(metricType),
  };
}

describe('GET /api/v1/scans/:id/compliance', () => {
  let api: TestApi;
  let scanId: string;

  beforeEach(async () => {
    api = await createTestApi();
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.admin,
      payload: {
        provider: 'aws',
        services: ['iam', 'ec2'],
        auth_mode: { type: 'default' },
        client_id: ACME,
      },
    });
    scanId = res.json().scan_id as string;
    await api.store.startScan(
      scanId,
      ACCOUNT,
      [
        { account_id: ACCOUNT, service: 'iam', region: 'global' },
        { account_id: ACCOUNT, service: 'ec2', region: 'eu-west-3' },
      ],
      new Date(),
    );
    // A control passes only on what the scan read: both units finished.
    for (const unit of await api.store.listUnits(scanId)) {
      await api.store.claimUnit(unit.id, new Date());
      await api.store.finishUnit(
        unit.id,
        { status: 'SUCCEEDED', error: null, events: 0 },
        new Date(),
      );
    }
    await api.store.insertEvents([
      checkEvent(scanId, 'iam', 'iam_no_root_access_key', `arn:aws:iam::${ACCOUNT}:root`, 'PASS'),
      checkEvent(scanId, 'iam', 'iam_root_mfa_enabled', `arn:aws:iam::${ACCOUNT}:root`, 'FAIL'),
      checkEvent(
        scanId,
        'ec2',
        'ec2_instance_imdsv2_enabled',
        `arn:aws:ec2:eu-west-3:${ACCOUNT}:instance/i-1`,
        'FAIL',
      ),
    ]);
  });

  it('summarises the scan against CIS AWS Foundations 7.0', async () => {
    const res = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans/${scanId}/compliance?framework=cis_aws_7.0`,
      headers: api.acme,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.framework).toEqual({
      id: 'cis_aws_7.0',
      name: 'CIS Amazon Web Services Foundations Benchmark',
      version: '7.0.0',
    });
    expect(body.totals).toMatchObject({ controls: 70, manual: 36 });
    const control = (id: string) => body.controls.find((c: { id: string }) => c.id === id);
    expect(control('2.4').status).toBe('PASSED');
    expect(control('2.5').status).toBe('FAILED');
    expect(control('6.7')).toMatchObject({
      status: 'FAILED',
      findings: [
        {
          check_id: 'ec2_instance_imdsv2_enabled',
          resource_id: `arn:aws:ec2:eu-west-3:${ACCOUNT}:instance/i-1`,
        },
      ],
    });
    expect(control('3.2.1')).toMatchObject({ status: 'NOT_EVALUATED', reason: 'not scanned: rds' });
  });

  it("hides another tenant's scan and refuses an unknown framework", async () => {
    const other = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans/${scanId}/compliance?framework=cis_aws_7.0`,
      headers: api.globex,
    });
    expect(other.statusCode).toBe(404);
    const unknown = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans/${scanId}/compliance?framework=cis_9`,
      headers: api.acme,
    });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain(
      'unknown framework cis_9; known: cis_aws_7.0, aws_fsbp',
    );
  });
});

describe('GET /api/v1/checks', () => {
  it('lists the catalogue, filtered by framework and service', async () => {
    const api = await createTestApi();
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/v1/checks?framework=cis_aws_7.0&service=s3',
      headers: api.acme,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      id: string;
      service: string;
      compliance: Record<string, string[]>;
      metric_type: string;
    }[];
    expect(items.length).toBeGreaterThan(0);
    expect(
      items.every((c) => c.service === 's3' && (c.compliance['cis_aws_7.0']?.length ?? 0) > 0),
    ).toBe(true);
    expect(items.map((c) => c.id)).toContain('s3_bucket_secure_transport_policy');
    expect(items[0]?.metric_type).toMatch(/^aws\.security\.s3\./);
  });
});

describe('POST /api/v1/scans with check filters', () => {
  it('refuses unknown check ids, frameworks and checks of services not scanned, naming each', async () => {
    const api = await createTestApi();
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.admin,
      payload: {
        provider: 'aws',
        services: ['ec2'],
        auth_mode: { type: 'default' },
        client_id: GLOBEX,
        options: {
          checks: ['ec2_instance_imdsv2_enabled', 'no_such_check', 's3_bucket_object_versioning'],
          exclude_checks: ['nope'],
          frameworks: ['pci'],
        },
      },
    });
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.issues as { path: string; message: string }[];
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'options.checks.1', message: 'unknown check id no_such_check' },
        {
          path: 'options.checks.2',
          message:
            'check s3_bucket_object_versioning reads the s3 service, which this scan does not include',
        },
      ]),
    );
    expect(issues).toContainEqual({
      path: 'options.exclude_checks.0',
      message: 'unknown check id nope',
    });
    expect(issues).toContainEqual({
      path: 'options.frameworks.0',
      message: 'unknown framework pci; known: cis_aws_7.0, aws_fsbp',
    });
  });

  it('refuses an unknown severity', async () => {
    const api = await createTestApi();
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.admin,
      payload: {
        provider: 'aws',
        services: ['ec2'],
        auth_mode: { type: 'default' },
        client_id: GLOBEX,
        options: { severity: ['urgent'] },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('options.severity.0');
  });

  it('accepts known filters and thresholds and keeps them on the scan', async () => {
    const api = await createTestApi();
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.admin,
      payload: {
        provider: 'aws',
        services: ['iam'],
        auth_mode: { type: 'default' },
        client_id: ACME,
        options: {
          exclude_checks: ['iam_support_role_created'],
          severity: ['critical', 'high'],
          frameworks: ['cis_aws_7.0'],
          check_config: { max_access_key_age_days: 60 },
        },
      },
    });
    expect(res.statusCode).toBe(202);
    const scan = await api.store.getScan(res.json().scan_id as string);
    expect(scan?.options).toMatchObject({
      exclude_checks: ['iam_support_role_created'],
      severity: ['critical', 'high'],
      check_config: { max_access_key_age_days: 60 },
    });
  });
});
