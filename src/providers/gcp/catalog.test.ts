import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOG_CALL, computeCatalog } from './catalog.js';
import type { SharedReads } from './clients.js';
import { CATALOG_PATH, serveCatalog, SKU } from './services/compute/fixtures/catalog.js';
import {
  fakeClients,
  gcpUnitContext,
  googleError,
  memoryCache,
  serviceDisabled,
  startFakeGoogle,
  type FakeGoogle,
} from './testing/fake-google.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveCatalog(fake);
});
afterEach(async () => {
  await fake.close();
});

const read = (
  project: string,
  extra: {
    shared?: SharedReads;
    cache?: ReturnType<typeof memoryCache>;
    signal?: AbortSignal;
  } = {},
) =>
  computeCatalog(
    gcpUnitContext(fakeClients(fake, project, {}, extra.shared), {
      options: { metrics_window_days: 14, unit_timeout_seconds: 900, cost: true },
      cache: extra.cache,
      ...(extra.signal && { signal: extra.signal }),
    }),
  );

describe('Cloud Billing Catalog collector', () => {
  it('reads every page of Compute Engine’s SKUs in USD at the largest page size', async () => {
    const answer = await read('acme-prod');

    expect(fake.requests.map((r) => r.path)).toEqual([CATALOG_PATH, CATALOG_PATH]);
    const [first, second] = fake.requests as [(typeof fake.requests)[0], (typeof fake.requests)[0]];
    expect(first.query.get('currencyCode')).toBe('USD');
    expect(first.query.get('pageSize')).toBe('5000');
    expect(first.query.get('pageToken')).toBeNull();
    expect(second.query.get('pageToken')).toBe('page-2');
    expect(second.query.get('currencyCode')).toBe('USD');
    expect(first.authorization).toMatch(/^Bearer /);

    expect(answer.state).toBe('available');
    if (answer.state !== 'available') return;
    expect(answer.value).toMatchObject({ pages: 2, cached: false });
    // The first page's E2 core and the second page's E2 memory both reach the table.
    expect(answer.value.table.compute.e2?.['europe-west1']).toMatchObject({
      core: { skuId: SKU.e2CoreEmea },
      ram: { skuId: SKU.e2RamEmea },
    });
    expect(answer.value.table.disks['pd-ssd']?.['europe-west1']?.skuId).toBe(SKU.pdSsd);
  });

  it('reads the catalogue once for every project of the scan', async () => {
    const shared: SharedReads = new Map();
    const answers = await Promise.all(
      ['acme-prod', 'acme-dev', 'acme-data'].map((p) => read(p, { shared })),
    );

    expect(fake.count(CATALOG_PATH)).toBe(2);
    expect(answers.map((a) => a.state)).toEqual(['available', 'available', 'available']);
  });

  it('answers from the tenant’s cache within a day without a call', async () => {
    const cache = memoryCache();
    await read('acme-prod', { cache });
    expect(fake.count(CATALOG_PATH)).toBe(2);

    const again = await read('acme-prod', { cache });
    expect(fake.count(CATALOG_PATH)).toBe(2);
    expect(again).toMatchObject({ state: 'available', value: { cached: true, pages: 0 } });
    if (again.state === 'available')
      expect(again.value.table.compute.n1?.['us-central1']?.core?.skuId).toBe(SKU.n1CoreAmericas);
  });

  it('records a 403 PERMISSION_DENIED as a denied read naming the call', async () => {
    fake.on('GET', CATALOG_PATH, {
      status: 403,
      body: googleError(403, 'PERMISSION_DENIED', 'The caller does not have permission', {
        legacy: 'forbidden',
        info: 'ACCESS_DENIED',
      }),
    });
    const answer = await read('acme-prod');

    expect(answer).toEqual({
      state: 'denied',
      call: CATALOG_CALL,
      errorCode: 'PERMISSION_DENIED',
      message: expect.stringContaining('The caller does not have permission') as string,
    });
    // Not retried: a 403 is an answer.
    expect(fake.count(CATALOG_PATH)).toBe(1);
  });

  it('records the Cloud Billing API disabled on the quota project as disabled', async () => {
    fake.on('GET', CATALOG_PATH, serviceDisabled('cloudbilling.googleapis.com', 'acme-prod'));
    const answer = await read('acme-prod');

    expect(answer).toMatchObject({ state: 'disabled', call: CATALOG_CALL });
  });

  it('does not keep a failed read: the next unit of the scan tries again', async () => {
    const shared: SharedReads = new Map();
    fake.on('GET', CATALOG_PATH, (r) =>
      fake.count(CATALOG_PATH) === 1 && !r.query.get('pageToken')
        ? { status: 403, body: googleError(403, 'PERMISSION_DENIED', 'denied') }
        : undefined,
    );
    expect((await read('acme-prod', { shared })).state).toBe('denied');
    expect((await read('acme-dev', { shared })).state).toBe('available');
  });

  it('reads again for itself when the unit that started the shared read is cancelled', async () => {
    const shared: SharedReads = new Map();
    const first = new AbortController();
    // The first page's request cancels the unit that asked for it, before the answer arrives.
    fake.on('GET', CATALOG_PATH, () => {
      if (fake.count(CATALOG_PATH) === 1) first.abort();
      return undefined;
    });
    const [cancelled, other] = await Promise.allSettled([
      read('acme-prod', { shared, signal: first.signal }),
      read('acme-dev', { shared }),
    ]);

    expect(cancelled.status).toBe('rejected');
    expect(other).toMatchObject({ status: 'fulfilled', value: { state: 'available' } });
  });
});
