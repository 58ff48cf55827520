import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GCP_CHECK_PACK } from '../../src/checks/gcp/index.js';
import { gcpProvider } from '../../src/providers/gcp/provider.js';
import type { FakeGoogle } from '../../src/providers/gcp/testing/fake-google.js';
import { serviceDisabled } from '../../src/providers/gcp/testing/fake-google.js';
import { TABLE as BILLING_EXPORT } from '../../src/providers/gcp/services/billing/fixtures/rest.js';
import { CATALOG_PATH } from '../../src/providers/gcp/services/compute/fixtures/catalog.js';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import { ORGANIZATION, startFakeOrganization } from './fake-organization.js';

interface ApiEvent {
  resource_id: string;
  metric_type: string;
  account_id?: string;
  metric_value: unknown;
}

const TOKEN = 'ya29.organization-scan-static-token';

/** A whole organization scan through the API, the runner and the checks, against the REST fake. */
describe('GCP organization scan over the wire', () => {
  let fake: FakeGoogle;
  let api: ApiHarness;
  let scan: Record<string, unknown>;
  let events: ApiEvent[];
  const saved = process.env.CLOUDDIAGNOZE_GCP_ENDPOINT;

  beforeAll(async () => {
    fake = await startFakeOrganization();
    // acme-dev does not use Cloud SQL: its unit records SERVICE_DISABLED, the others go on.
    fake.on(
      'GET',
      '/v1/projects/acme-dev/instances',
      serviceDisabled('sqladmin.googleapis.com', 'acme-dev'),
    );
    process.env.CLOUDDIAGNOZE_GCP_ENDPOINT = fake.url;
    api = await startApi({
      runtime: { composition: { providers: [gcpProvider], checkPacks: [GCP_CHECK_PACK] } },
    });
    const posted = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: api.admin,
      payload: {
        provider: 'gcp',
        services: [
          'compute',
          'storage',
          'sql',
          'iam',
          'serviceusage',
          'kms',
          'dns',
          'bigquery',
          'billing',
        ],
        client_id: 'ACME',
        auth_mode: {
          type: 'access_token',
          access_token: TOKEN,
          organization_id: ORGANIZATION,
          billing_export_table: BILLING_EXPORT,
        },
        options: { cost: true },
      },
    });
    expect(posted.statusCode, posted.body).toBe(202);
    const id = posted.json<{ scan_id: string }>().scan_id;
    scan = await api.waitForScan(id);
    events = [];
    for (let cursor: string | undefined; ;) {
      const page = await api.app.inject({
        url: `/api/v1/events?scan_id=${id}&limit=1000${cursor ? `&cursor=${cursor}` : ''}`,
        headers: api.admin,
      });
      const body = page.json<{ items: ApiEvent[]; next_cursor?: string | null }>();
      events.push(...body.items);
      if (!body.next_cursor) break;
      cursor = body.next_cursor;
    }
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await fake?.close();
    if (saved === undefined) delete process.env.CLOUDDIAGNOZE_GCP_ENDPOINT;
    else process.env.CLOUDDIAGNOZE_GCP_ENDPOINT = saved;
  });

  it('scans every ACTIVE project of the organization, recording the disabled API per unit', async () => {
    expect(scan.status).toBe('PARTIAL');
    const units = await api.runtime.store.listUnits(scan.id as string);
    expect(new Set(units.map((u) => u.account_id))).toEqual(new Set(['acme-prod', 'acme-dev']));
    expect(units).toHaveLength(18);
    const failed = units.filter((u) => u.status === 'FAILED');
    expect(failed).toMatchObject([
      { account_id: 'acme-dev', service: 'sql', error: { code: 'SERVICE_DISABLED' } },
    ]);
  });

  it('emits inventory, performance, cost, security and architecture events for each project', () => {
    for (const project of ['acme-prod', 'acme-dev']) {
      const mine = events.filter(
        (e) =>
          e.resource_id.includes(`/projects/${project}/`) ||
          e.resource_id.endsWith(`/projects/${project}`),
      );
      const categories = new Set(mine.map((e) => e.metric_type.split('.')[1]));
      expect([...categories].sort(), project).toEqual([
        'architecture',
        'cost',
        'metadata',
        'performance',
        'security',
      ]);
    }
    const web = '//compute.googleapis.com/projects/acme-dev/zones/europe-west1-b/instances/web-1';
    expect(
      events.find(
        (e) => e.resource_id === web && e.metric_type === 'gcp.performance.compute.instance_idle',
      )?.metric_value,
    ).toBe(true);
  });

  it('reads KMS keys, DNS zones and BigQuery datasets and judges them, for each project', () => {
    const finding = (resource: string, check: string) =>
      (
        events.find((e) => e.resource_id === resource && e.metric_type === check)?.metric_value as
          { status?: string } | undefined
      )?.status;
    for (const project of ['acme-prod', 'acme-dev']) {
      const key = (name: string) =>
        `//cloudkms.googleapis.com/projects/${project}/locations/europe-west1/keyRings/app/cryptoKeys/${name}`;
      const zone = (name: string) =>
        `//dns.googleapis.com/projects/${project}/managedZones/${name}`;
      const dataset = (name: string) =>
        `//bigquery.googleapis.com/projects/${project}/datasets/${name}`;
      const value = (resource: string, metric: string) =>
        events.find((e) => e.resource_id === resource && e.metric_type === metric)?.metric_value;

      expect(value(key('data'), 'gcp.security.kms.key_rotation_period_days'), project).toBe(90);
      expect(finding(key('legacy'), 'gcp.security.kms.kms_key_not_public'), project).toBe('FAIL');
      expect(finding(key('data'), 'gcp.security.kms.kms_key_not_public'), project).toBe('PASS');
      // The global key ring's allUsers grant reaches its signing key.
      expect(
        finding(
          key('signer').replace('europe-west1', 'global'),
          'gcp.security.kms.kms_key_not_public',
        ),
      ).toBe('FAIL');
      expect(finding(key('legacy'), 'gcp.security.kms.kms_key_rotated_90_days')).toBe('FAIL');

      expect(value(zone('internal'), 'gcp.metadata.dns.zone_visibility'), project).toBe('private');
      expect(finding(zone('www'), 'gcp.security.dns.dns_zone_dnssec_enabled'), project).toBe(
        'PASS',
      );
      expect(finding(zone('unsigned'), 'gcp.security.dns.dns_zone_dnssec_enabled')).toBe('FAIL');
      expect(finding(zone('internal'), 'gcp.security.dns.dns_zone_dnssec_enabled')).toBeUndefined();
      expect(finding(zone('legacy'), 'gcp.security.dns.dns_zone_ksk_not_rsasha1')).toBe('FAIL');

      expect(value(dataset('public_data'), 'gcp.security.bigquery.dataset_public_members')).toEqual(
        ['READER:allUsers', 'READER:allAuthenticatedUsers'],
      );
      expect(
        finding(dataset('public_data'), 'gcp.security.bigquery.bigquery_dataset_not_public'),
      ).toBe('FAIL');
      expect(
        finding(dataset('analytics'), 'gcp.security.bigquery.bigquery_dataset_not_public'),
      ).toBe('PASS');
      expect(
        finding(dataset('staging'), 'gcp.security.bigquery.bigquery_dataset_default_cmek'),
      ).toBe('FAIL');
      expect(
        finding(
          `${dataset('analytics')}/tables/events`,
          'gcp.security.bigquery.bigquery_table_cmek',
        ),
      ).toBe('PASS');
    }
  });

  it('reads the billing export once for the whole organization, each project its own costs', () => {
    for (const project of ['acme-prod', 'acme-dev']) {
      const status = events.find(
        (e) =>
          e.resource_id === `//cloudresourcemanager.googleapis.com/projects/${project}` &&
          e.metric_type === 'gcp.cost.billing.export_status',
      )?.metric_value as { status?: string } | undefined;
      expect(status?.status, project).toBe('collected');
    }
    // One dry run and one query for the billing account, whatever the number of projects.
    expect(fake.count('/bigquery/v2/projects/acme-billing/queries')).toBe(2);
  });

  it('prices each project’s idle VM and unattached disk from one read of the price catalogue', () => {
    const value = (resource: string, metric: string) =>
      events.find((e) => e.resource_id === resource && e.metric_type === metric)?.metric_value;
    for (const project of ['acme-prod', 'acme-dev']) {
      const vm = `//compute.googleapis.com/projects/${project}/zones/europe-west1-b/instances/web-1`;
      const disk = `//compute.googleapis.com/projects/${project}/zones/europe-west1-b/disks/old-data`;
      expect(value(vm, 'gcp.cost.compute.estimated_monthly_waste_usd'), project).toBe(107.61);
      expect(value(disk, 'gcp.cost.compute.estimated_monthly_waste_usd'), project).toBe(85);
      expect(value(vm, 'gcp.cost.compute.waste_estimate'), project).toMatchObject({
        status: 'priced',
        reason: 'idle_vm',
      });
    }
    // Both pages of Compute Engine's SKUs, once for the whole organization.
    expect(fake.count(CATALOG_PATH)).toBe(2);
  });

  it('ranks the catalogue-priced waste in the scan’s cost report', async () => {
    const res = await api.app.inject({
      url: `/api/v1/scans/${scan.id as string}/report?format=json&events=false`,
      headers: api.admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<{
      cost?: { waste?: { resource_id: string; usd: number; reason: string }[] };
      inventory?: { resource_id: string; waste_usd: number }[];
    }>();
    const waste = (report.cost?.waste ?? []).filter((w) =>
      w.resource_id.startsWith('//compute.googleapis.com/'),
    );
    expect(waste.map((w) => w.usd).sort((a, b) => b - a)).toEqual([107.61, 107.61, 85, 85]);
    expect(new Set(waste.map((w) => w.reason))).toEqual(new Set(['idle vm', 'unattached disk']));
    const vm = '//compute.googleapis.com/projects/acme-prod/zones/europe-west1-b/instances/web-1';
    expect(report.inventory?.find((r) => r.resource_id === vm)?.waste_usd).toBe(107.61);
  });

  it('summarises the CIS GCP 4.0.0 controls from the check results', async () => {
    const res = await api.app.inject({
      url: `/api/v1/scans/${scan.id as string}/compliance?framework=cis_gcp_4.0`,
      headers: api.admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    const controls = res.json<{ controls: { id: string; status: string }[] }>().controls;
    const status = (id: string) => controls.find((c) => c.id === id)?.status;
    expect(status('3.6')).toBe('FAILED');
    expect(status('5.1')).toBe('FAILED');
    expect(status('4.8')).toBe('FAILED');
    expect(status('2.13')).toBe('PASSED');
    for (const id of ['1.9', '1.10', '3.3', '3.4', '3.5', '7.1', '7.2', '7.3'])
      expect(status(id), id).toBe('FAILED');
    expect(status('1.1')).toBe('MANUAL');
  });

  it('lists inventory in a fixed number of calls per project, whatever the resources', () => {
    const perProject = (project: string, path: string) =>
      fake.requests.filter((r) => r.path === `/compute/v1/projects/${project}/${path}`).length;
    for (const project of ['acme-prod', 'acme-dev']) {
      expect(perProject(project, 'aggregated/instances')).toBe(2);
      expect(perProject(project, 'aggregated/disks')).toBe(1);
      expect(perProject(project, 'global/firewalls')).toBe(1);
      expect(
        fake.requests.filter((r) => /\/storage\/v1\/b\/[^/]+\/iam$/.test(r.path)),
      ).toHaveLength(0);
      // BigQuery: tables from one Cloud Asset listing, never one call per table.
      expect(
        fake.requests.filter(
          (r) =>
            r.path === `/v1/projects/${project}/assets` &&
            r.query.getAll('assetTypes').includes('bigquery.googleapis.com/Table'),
        ),
      ).toHaveLength(1);
      expect(fake.requests.filter((r) => r.path.includes('/tables'))).toHaveLength(0);
    }
    expect(fake.count('/v3/projects:search')).toBe(2);
    expect(fake.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});
