import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import {
  drainEvents,
  fakeClients,
  gcpUnitContext,
  googleError,
  permissionDenied,
  rateLimited,
  serviceDisabled,
  startFakeGoogle,
  valueOf,
  type FakeGoogle,
} from '../../testing/fake-google.js';
import { CATALOG_PATH, serveCatalog, SKU } from './fixtures/catalog.js';
import { disksPage, ID, PROJECT, serveCompute } from './fixtures/rest.js';
import { COMPUTE_METRIC as M } from './metrics.js';
import { computeScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveCompute(fake);
  serveCatalog(fake);
});
afterEach(async () => {
  await fake.close();
});

const scan = (options = {}) =>
  drainEvents(
    computeScanner.scan(
      gcpUnitContext(fakeClients(fake, PROJECT), {
        options: { metrics_window_days: 14, unit_timeout_seconds: 900, ...options },
      }),
    ),
  );
const base = `/compute/v1/projects/${PROJECT}`;
const ofType = (all: readonly { metric_type: string }[], metric: string) =>
  all.filter((e) => e.metric_type === metric);

describe('computeScanner', () => {
  it('reads each resource type in one paginated call for all zones, never one per resource', async () => {
    await scan();

    expect(fake.count(`${base}/aggregated/instances`)).toBe(2);
    for (const type of ['disks', 'addresses', 'subnetworks', 'instanceGroupManagers'])
      expect(fake.count(`${base}/aggregated/${type}`)).toBe(1);
    expect(fake.count(`${base}/global/networks`)).toBe(1);
    expect(fake.count(`${base}/global/firewalls`)).toBe(1);
    expect(fake.count(base)).toBe(1);
    // One Monitoring query per metric type for every instance of the project.
    expect(fake.count(`/v3/projects/${PROJECT}/timeSeries`)).toBe(5);
    expect(fake.requests).toHaveLength(2 + 4 + 2 + 1 + 5);
    const instances = fake.requests.filter((r) => r.path.endsWith('/aggregated/instances'));
    expect(instances.map((r) => r.query.get('pageToken'))).toEqual([null, 'page-2']);
    expect(instances[0]?.query.get('maxResults')).toBe('500');
    expect(instances[0]?.query.get('returnPartialSuccess')).toBe('true');
  });

  it('names resources by full resource name and skips the empty scopes’ warnings', async () => {
    const events = await scan();
    const instances = new Set(
      events.filter((e) => e.metric_type === M.instanceName).map((e) => e.resource_id),
    );
    expect(instances).toEqual(new Set([ID.web, ID.batch]));
    expect(valueOf(events, ID.web, M.instanceMachineType)).toBe('e2-standard-4');
    expect(valueOf(events, ID.web, M.instanceExternalIps)).toEqual(['34.76.10.20']);
    expect(valueOf(events, ID.web, M.instanceLabels)).toEqual({ env: 'prod', team: 'web' });
    expect(valueOf(events, ID.webDisk, M.diskUsers)).toEqual([ID.web]);
    expect(valueOf(events, ID.orphanDisk, M.diskEncryption)).toBe('customer-managed');
    expect(valueOf(events, ID.batchDisk, M.diskEncryption)).toBe('customer-supplied');
  });

  it('derives architecture signals: unattached disk, stopped VM’s disks, default network, PGA, zones', async () => {
    const events = await scan();

    expect(valueOf(events, ID.orphanDisk, M.unattachedDisk)).toBe(true);
    expect(valueOf(events, ID.webDisk, M.unattachedDisk)).toBe(false);
    expect(valueOf(events, ID.batch, M.stoppedInstanceDiskCount)).toBe(1);
    expect(valueOf(events, ID.batch, M.stoppedInstanceDiskSizeGb)).toBe(100);
    expect(valueOf(events, ID.web, M.stoppedInstanceDiskCount)).toBeUndefined();
    expect(valueOf(events, ID.defaultNetwork, M.defaultNetworkInUse)).toBe(true);
    expect(valueOf(events, ID.defaultSubnet, M.subnetworkWithoutPrivateGoogleAccess)).toBe(true);
    expect(valueOf(events, ID.appSubnet, M.subnetworkWithoutPrivateGoogleAccess)).toBe(false);
    expect(valueOf(events, ID.zonalGroup, M.singleZoneInstanceGroup)).toBe(true);
    expect(valueOf(events, ID.regionalGroup, M.singleZoneInstanceGroup)).toBe(false);
    expect(valueOf(events, ID.staticIp, M.unusedAddress)).toBe(true);
    expect(valueOf(events, ID.project, M.projectSshKeyCount)).toBe(2);
    expect(valueOf(events, ID.project, M.projectOsLogin)).toBe(false);
  });

  it('reports CPU, network and disk use from Monitoring, and flags an idle VM by the thresholds', async () => {
    const events = await scan();

    expect(valueOf(events, ID.web, M.cpuAverage)).toBe(3);
    expect(valueOf(events, ID.web, M.cpuP95)).toBe(4);
    expect(valueOf(events, ID.web, M.networkBytesPerDay)).toBe(1_000_000);
    expect(valueOf(events, ID.web, M.diskOpsPerDay)).toBe(100);
    expect(valueOf(events, ID.web, M.idle)).toBe(true);
    expect(valueOf(events, ID.web, M.overprovisioned)).toBe(true);
    expect(valueOf(events, ID.batch, M.cpuAverage)).toBeUndefined();

    const strict = await scan({ thresholds: { idle_cpu_percent: 1 } });
    expect(valueOf(strict, ID.web, M.idle)).toBe(false);
  });

  it('keeps the inventory when Monitoring is disabled, and says why performance is missing', async () => {
    fake.on(
      'GET',
      `/v3/projects/${PROJECT}/timeSeries`,
      serviceDisabled('monitoring.googleapis.com', PROJECT),
    );
    const events = await scan();

    expect(valueOf(events, ID.web, M.instanceName)).toBe('web-1');
    expect(valueOf(events, ID.web, M.cpuAverage)).toBeUndefined();
    expect(valueOf(events, ID.project, M.performanceError)).toBe(
      'monitoring.projects.timeSeries.list: SERVICE_DISABLED',
    );
  });

  it('retries a 429 on a listing and loses nothing', async () => {
    let answered = 0;
    fake.on('GET', `${base}/global/firewalls`, () =>
      answered++ === 0 ? rateLimited() : undefined,
    );
    const events = await scan();

    expect(fake.count(`${base}/global/firewalls`)).toBe(2);
    expect(valueOf(events, ID.sshRule, M.firewallSourceRanges)).toEqual(['0.0.0.0/0']);
  });

  it('fails the unit with SERVICE_DISABLED when the Compute API is off in the project', async () => {
    fake.on('GET', /^\/compute\/v1\//, serviceDisabled('compute.googleapis.com', PROJECT));

    await expect(scan()).rejects.toMatchObject({ reason: 'SERVICE_DISABLED', httpStatus: 403 });
  });

  it('records a denied project metadata read as a fact, not a failed unit', async () => {
    fake.on('GET', base, permissionDenied('compute.projects.get', `projects/${PROJECT}`));
    const events = await scan();

    expect(valueOf(events, ID.project, M.projectMetadataError)).toBe(
      'compute.projects.get: PERMISSION_DENIED',
    );
    expect(valueOf(events, ID.project, M.projectOsLogin)).toBeUndefined();
  });

  it('prices the idle VM and the unattached disk from the Cloud Billing Catalog with options.cost', async () => {
    const events = await scan({ cost: true });

    expect(fake.count(CATALOG_PATH)).toBe(2);
    // web-1, e2-standard-4 in europe-west1: 4 × 730 h × 0.023992 + 16 GiB × 730 h × 0.003215.
    expect(valueOf(events, ID.web, M.estimatedMonthlyWasteUsd)).toBe(107.61);
    expect(valueOf(events, ID.web, M.wasteEstimate)).toMatchObject({
      status: 'priced',
      reason: 'idle_vm',
      monthly_usd: 107.61,
      hours_per_month: 730,
      currency: 'USD',
      skus: [
        { sku_id: SKU.e2CoreEmea, quantity: 2920, unit: 'h', usd: 70.0566 },
        { sku_id: SKU.e2RamEmea, quantity: 11680, unit: 'GiBy.h', usd: 37.5512 },
      ],
    });
    // old-data, 500 GiB pd-ssd in europe-west1-b: 500 × 0.17.
    expect(valueOf(events, ID.orphanDisk, M.estimatedMonthlyWasteUsd)).toBe(85);
    expect(valueOf(events, ID.orphanDisk, M.wasteEstimate)).toMatchObject({
      status: 'priced',
      reason: 'unattached_disk',
      skus: [{ sku_id: SKU.pdSsd, quantity: 500, unit: 'GiBy.mo' }],
    });
    // Attached disks and the stopped VM are not waste here.
    expect(valueOf(events, ID.webDisk, M.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(valueOf(events, ID.batch, M.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(valueOf(events, ID.project, M.pricingUnavailable)).toBeUndefined();
  });

  it('reads no price without options.cost, and none for a VM the thresholds do not call idle', async () => {
    const off = await scan();
    expect(fake.count(CATALOG_PATH)).toBe(0);
    expect(ofType(off, M.estimatedMonthlyWasteUsd)).toHaveLength(0);
    expect(ofType(off, M.wasteEstimate)).toHaveLength(0);

    const strict = await scan({ cost: true, thresholds: { idle_cpu_percent: 1 } });
    expect(valueOf(strict, ID.web, M.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(valueOf(strict, ID.web, M.wasteEstimate)).toBeUndefined();
    expect(valueOf(strict, ID.orphanDisk, M.estimatedMonthlyWasteUsd)).toBe(85);

    // Nothing idle and every disk attached: nothing to price, no catalogue read.
    const attached = JSON.parse(
      JSON.stringify(disksPage).replace('"name":"old-data"', '"name":"old-data","users":["x"]'),
    ) as typeof disksPage;
    fake.on('GET', `${base}/aggregated/disks`, { body: attached });
    const before = fake.count(CATALOG_PATH);
    const none = await scan({ cost: true, thresholds: { idle_cpu_percent: 1 } });
    expect(fake.count(CATALOG_PATH)).toBe(before);
    expect(ofType(none, M.wasteEstimate)).toHaveLength(0);
  });

  it('says the price is unknown for a machine type the catalogue does not price, never $0', async () => {
    // A catalogue without this project's region: neither the E2 VM nor the pd-ssd has a rate.
    fake.on('GET', CATALOG_PATH, { body: { skus: [] } });
    const events = await scan({ cost: true });

    expect(valueOf(events, ID.web, M.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(valueOf(events, ID.web, M.wasteEstimate)).toMatchObject({
      status: 'unpriced',
      reason: 'idle_vm',
      detail: 'no on-demand E2 vCPU and memory SKUs for europe-west1 in the catalogue',
    });
    expect(valueOf(events, ID.orphanDisk, M.wasteEstimate)).toMatchObject({
      status: 'unpriced',
      detail: 'no pd-ssd capacity SKU for europe-west1 in the catalogue',
    });
  });

  it('records an unreadable catalogue naming the call: waste unknown, not zero', async () => {
    fake.on('GET', CATALOG_PATH, {
      status: 403,
      body: googleError(403, 'PERMISSION_DENIED', 'The caller does not have permission', {
        legacy: 'forbidden',
        info: 'ACCESS_DENIED',
      }),
    });
    const events = await scan({ cost: true });

    expect(valueOf(events, ID.project, M.pricingUnavailable)).toEqual({
      error_code: 'PERMISSION_DENIED',
      detail: expect.stringMatching(
        /^cloudbilling\.services\.skus\.list: .*The caller does not have permission/,
      ) as string,
    });
    expect(valueOf(events, ID.web, M.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(valueOf(events, ID.orphanDisk, M.estimatedMonthlyWasteUsd)).toBeUndefined();
    for (const id of [ID.web, ID.orphanDisk])
      expect(valueOf(events, id, M.wasteEstimate)).toMatchObject({
        status: 'unknown',
        detail:
          'the catalogue could not be read (cloudbilling.services.skus.list: PERMISSION_DENIED)',
      });
    // The inventory and the signals are all there.
    expect(valueOf(events, ID.web, M.idle)).toBe(true);
    expect(valueOf(events, ID.orphanDisk, M.unattachedDisk)).toBe(true);
  });

  it('emits only declared metric types with their value types, as a project-wide scanner', async () => {
    const catalogue = new MetricCatalogue(computeScanner.metrics);
    for (const event of [...(await scan()), ...(await scan({ cost: true }))])
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
    expect(computeScanner.scope).toBe('global');
  });
});
