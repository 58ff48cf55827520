import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCostMeter, MetricCatalogue } from '../../../../core/index.js';
import type { SharedReads } from '../../clients.js';
import { GCP_SCAN_COST_METRIC } from '../../scan-cost.js';
import {
  drainEvents,
  fakeClients,
  gcpUnitContext,
  googleError,
  memoryCache,
  permissionDenied,
  startFakeGoogle,
  valueOf,
  type FakeGoogle,
} from '../../testing/fake-google.js';
import { exportQuery, windowMonths } from './collector.js';
import { ESTIMATED_BYTES, QUERIES, RESULTS, serveBilling, TABLE } from './fixtures/rest.js';
import { BILLING_METRIC as M } from './metrics.js';
import { billingScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveBilling(fake);
});
afterEach(async () => {
  await fake.close();
});

const PROD = '//cloudresourcemanager.googleapis.com/projects/acme-prod';
const DEV = '//cloudresourcemanager.googleapis.com/projects/acme-dev';
const options = { metrics_window_days: 14, unit_timeout_seconds: 900, cost: true, cost_months: 2 };

function scan(
  project: string,
  extra: {
    table?: string | null;
    cap?: number;
    cost?: boolean;
    shared?: SharedReads;
    cache?: ReturnType<typeof memoryCache>;
    meter?: ApiCostMeter;
  } = {},
) {
  const clients = fakeClients(
    fake,
    project,
    {
      ...(extra.table === null ? {} : { billingExportTable: extra.table ?? TABLE }),
      ...(extra.cap ? { billingMaxBytesBilled: extra.cap } : {}),
    },
    extra.shared,
  );
  return drainEvents(
    billingScanner.scan(
      gcpUnitContext(clients, {
        options: { ...options, cost: extra.cost ?? true },
        cache: extra.cache,
        meter: extra.meter,
      }),
    ),
  );
}

describe('billingScanner', () => {
  it('dry-runs, then queries under the cap and reads the second page: monthly cost by service', async () => {
    const meter = new ApiCostMeter();
    const events = await scan('acme-prod', { meter });

    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${QUERIES}`,
      `POST ${QUERIES}`,
      `GET ${RESULTS}`,
    ]);
    const [dry, query, results] = fake.requests as unknown as [
      { body: Record<string, unknown> },
      { body: Record<string, unknown> },
      { query: URLSearchParams },
    ];
    expect(dry.body).toMatchObject({
      dryRun: true,
      useLegacySql: false,
      query: exportQuery(TABLE),
    });
    expect(query.body.dryRun).toBeUndefined();
    expect(query.body.maximumBytesBilled).toBe(String(10 * 2 ** 30));
    expect(query.body.queryParameters).toEqual([
      {
        name: 'first_month',
        parameterType: { type: 'STRING' },
        parameterValue: { value: '202610' },
      },
      { name: 'since', parameterType: { type: 'DATE' }, parameterValue: { value: '2026-10-01' } },
    ]);
    expect(results.query.get('pageToken')).toBe('BEV2QYCNYAAQAAASA4EAAEEAQCAAKGQIBD7BAAGAAMEAA');
    expect(results.query.get('location')).toBe('EU');

    expect(valueOf(events, PROD, M.monthlyCostUsd)).toEqual({
      '2026-10': 1292.83,
      '2026-11': 640.2,
    });
    expect(valueOf(events, PROD, M.monthlyCostByServiceUsd)).toEqual({
      '2026-10': { 'Cloud Storage': 88.5, 'Compute Engine': 1204.33 },
      '2026-11': { 'Compute Engine': 640.2 },
    });
    expect(valueOf(events, PROD, M.monthlyCostByProjectUsd)).toEqual({
      '2026-10': { 'acme-prod': 1292.83 },
      '2026-11': { 'acme-prod': 640.2 },
    });
    expect(valueOf(events, PROD, M.exportStatus)).toMatchObject({
      status: 'collected',
      estimated_bytes: ESTIMATED_BYTES,
      billed_bytes: 53_477_376,
      cached: false,
    });
    // The scan's own cost: 51 MiB billed at USD 6.25 per TiB.
    expect(meter.breakdown()).toEqual({
      'bigquery:jobs.query': { requests: 1, units: 53_477_376, usd: 0.000304 },
    });
    expect(valueOf(events, PROD, GCP_SCAN_COST_METRIC.apiCostUsd)).toBe(0.000304);
  });

  it('queries once for every project of the scan, each taking its own slice', async () => {
    const shared: SharedReads = new Map();
    const [prod, dev] = await Promise.all([
      scan('acme-prod', { shared }),
      scan('acme-dev', { shared }),
    ]);

    expect(fake.count(QUERIES)).toBe(2);
    expect(valueOf(prod, PROD, M.monthlyCostUsd)).toEqual({ '2026-10': 1292.83, '2026-11': 640.2 });
    expect(valueOf(dev, DEV, M.monthlyCostUsd)).toEqual({ '2026-10': 0, '2026-11': 38.5 });
    expect(valueOf(dev, DEV, M.monthlyCostByServiceUsd)).toEqual({
      '2026-10': {},
      '2026-11': { 'Cloud SQL': -3.25, 'Compute Engine': 41.75 },
    });
  });

  it('answers from the tenant’s cache within a day: no query, no cost', async () => {
    const cache = memoryCache();
    await scan('acme-prod', { cache });
    const before = fake.requests.length;
    const meter = new ApiCostMeter();
    const events = await scan('acme-prod', { cache, meter });

    expect(fake.requests).toHaveLength(before);
    expect(valueOf(events, PROD, M.exportStatus)).toMatchObject({
      status: 'collected',
      cached: true,
    });
    expect(valueOf(events, PROD, M.monthlyCostUsd)).toEqual({
      '2026-10': 1292.83,
      '2026-11': 640.2,
    });
    expect(meter.requests).toBe(0);
    expect(valueOf(events, PROD, GCP_SCAN_COST_METRIC.apiCostUsd)).toBeUndefined();
  });

  it('does not run a query the dry run puts over the cap', async () => {
    const events = await scan('acme-prod', { cap: 20 * 2 ** 20 });

    expect(fake.requests).toHaveLength(1);
    expect(valueOf(events, PROD, M.exportStatus)).toMatchObject({
      status: 'over_cap',
      estimated_bytes: ESTIMATED_BYTES,
      cap_bytes: 20 * 2 ** 20,
    });
    expect(valueOf(events, PROD, M.monthlyCostUsd)).toBeUndefined();
  });

  it('records a denied or missing export as unavailable, never as a zero bill', async () => {
    fake.on('POST', QUERIES, permissionDenied('bigquery.jobs.create', 'projects/acme-billing'));
    const denied = await scan('acme-prod');
    expect(valueOf(denied, PROD, M.exportStatus)).toMatchObject({
      status: 'unavailable',
      error_code: 'PERMISSION_DENIED',
    });
    expect(valueOf(denied, PROD, M.monthlyCostUsd)).toBeUndefined();

    fake.on('POST', QUERIES, {
      status: 404,
      body: googleError(
        404,
        'NOT_FOUND',
        `Not found: Table ${TABLE.replace('.', ':')} was not found in location EU`,
        {
          legacy: 'notFound',
        },
      ),
    });
    const missing = await scan('acme-prod');
    expect(valueOf(missing, PROD, M.exportStatus)).toMatchObject({
      status: 'unavailable',
      error_code: 'NOT_FOUND',
    });
  });

  it('asks nothing without options.cost or without a table', async () => {
    const off = await scan('acme-prod', { cost: false });
    const none = await scan('acme-prod', { table: null });

    expect(fake.requests).toHaveLength(0);
    expect(valueOf(off, PROD, M.exportStatus)).toMatchObject({ status: 'not_requested' });
    expect(valueOf(none, PROD, M.exportStatus)).toMatchObject({ status: 'not_configured' });
  });

  it('refuses a table name that is not PROJECT.DATASET.TABLE before any query', async () => {
    const events = await scan('acme-prod', { table: 'x`; DROP TABLE y; --' });
    expect(fake.requests).toHaveLength(0);
    expect(valueOf(events, PROD, M.exportStatus)).toMatchObject({
      status: 'unavailable',
      error_code: 'INVALID_ARGUMENT',
    });
  });

  it('emits only declared metric types with their value types', async () => {
    const catalogue = new MetricCatalogue(billingScanner.metrics);
    for (const event of await scan('acme-prod', { meter: new ApiCostMeter() }))
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
  });

  it('counts the window in invoice months up to the current one', () => {
    expect(windowMonths(new Date('2026-01-15T00:00:00Z'), 3)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
  });
});
