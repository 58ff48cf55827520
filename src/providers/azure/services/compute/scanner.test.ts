import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue, type JsonValue, type ResultCache } from '../../../../core/index.js';
import { serveSubscriptions, SUB } from '../../fixtures/subscriptions.js';
import { authorizationFailed, FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { GRAPH_PATH, serveGraph } from '../../testing/fake-graph.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import { COMPUTE_ROWS, DISK, DISK_PRICES, METRICS_BATCH, VM, VM_PRICES } from './fixtures/rows.js';
import { COMPUTE_METRIC as C } from './metrics.js';
import { diskTier } from './prices.js';
import { computeScanner } from './scanner.js';

const BATCH = /^\/subscriptions\/[^/]+\/metrics:getBatch$/;
const PRICES = /^\/api\/retail\/prices$/;
let fake: FakeArm;

beforeEach(async () => {
  fake = await new FakeArm().start();
  serveSubscriptions(fake);
  serveGraph(fake, COMPUTE_ROWS);
  fake.on('POST', BATCH, { body: METRICS_BATCH });
  fake.on('GET', PRICES, (req) => ({
    body: (req.query.get('$filter') ?? '').includes("'Storage'") ? DISK_PRICES : VM_PRICES,
  }));
});
afterEach(async () => {
  await fake.close();
});

function memoryCache(): ResultCache {
  const map = new Map<string, JsonValue>();
  return { get: async (k) => map.get(k), set: async (k, v) => void map.set(k, v) };
}

const scan = async (options = {}, cache?: ResultCache) => {
  const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
  const ctx = await unitContext(session, SUB.prod, options);
  return drainEvents(computeScanner.scan(cache ? { ...ctx, cache } : ctx));
};

describe('computeScanner', () => {
  it('reads VMs with their power state from the graph and the running VMs’ metrics in one batch', async () => {
    const events = await scan();

    expect(fake.count(GRAPH_PATH)).toBe(1);
    expect(fake.count(BATCH)).toBe(1);
    const batch = fake.requests.find((r) => BATCH.test(r.path))!;
    expect(batch.body).toEqual({ resourceids: [VM.web, VM.idle] });
    expect(batch.query.get('metricnamespace')).toBe('Microsoft.Compute/virtualMachines');
    expect(batch.query.get('metricnames')).toBe(
      'Percentage CPU,Network In Total,Network Out Total',
    );
    expect(batch.query.get('interval')).toBe('PT1H');
    expect(valueOf(events, VM.stopped, C.powerState)).toBe('deallocated');
    expect(valueOf(events, VM.web, C.cpuAverage)).toBe(43.75);
    expect(valueOf(events, VM.web, C.cpuP95)).toBe(70);
    expect(valueOf(events, VM.web, C.idle)).toBe(false);
    expect(valueOf(events, VM.idle, C.idle)).toBe(true);
    expect(valueOf(events, VM.stopped, C.cpuAverage)).toBeUndefined();
    expect(fake.count(PRICES)).toBe(0);
  });

  it('derives idle and over-provisioned from the scan’s thresholds', async () => {
    const events = await scan({
      thresholds: { idle_cpu_percent: 1, overprovisioned_cpu_p95_percent: 80 },
    });

    expect(valueOf(events, VM.idle, C.idle)).toBe(false);
    expect(valueOf(events, VM.idle, C.overprovisioned)).toBe(true);
    expect(valueOf(events, VM.web, C.overprovisioned)).toBe(true);
  });

  it('prices idle VMs and unattached disks from Retail Prices when cost is asked, cached a day', async () => {
    const cache = memoryCache();
    const events = await scan({ cost: true }, cache);

    expect(valueOf(events, VM.idle, C.idleWaste)).toBe(80.3);
    expect(valueOf(events, VM.web, C.idleWaste)).toBeUndefined();
    expect(valueOf(events, DISK.orphan, C.diskWaste)).toBe(21.68);
    const filters = fake.requests
      .filter((r) => PRICES.test(r.path))
      .map((r) => r.query.get('$filter'));
    expect(filters).toContain(
      "serviceName eq 'Storage' and armRegionName eq 'westeurope' and skuName eq 'P10 LRS' and priceType eq 'Consumption' and currencyCode eq 'USD'",
    );
    // The Retail Prices API is public: no bearer token is ever sent to it.
    expect(fake.requests.filter((r) => PRICES.test(r.path)).every((r) => !r.authorization)).toBe(
      true,
    );
    const priceCalls = fake.count(PRICES);
    await scan({ cost: true }, cache);
    expect(fake.count(PRICES)).toBe(priceCalls);
  });

  it('reports architecture gaps: no zone or set, unattached disks', async () => {
    const events = await scan();

    expect(valueOf(events, VM.web, C.noZoneOrSet)).toBe(false);
    expect(valueOf(events, VM.idle, C.noZoneOrSet)).toBe(true);
    expect(valueOf(events, VM.stopped, C.noZoneOrSet)).toBe(false);
    expect(valueOf(events, DISK.orphan, C.unattachedDisk)).toBe(true);
    expect(valueOf(events, `/subscriptions/${SUB.prod}`, C.unattachedCount)).toBe(1);
  });

  it('records denied metrics on each running VM and still reports the inventory', async () => {
    fake.on(
      'POST',
      BATCH,
      authorizationFailed('Microsoft.Insights/Metrics/Read', `/subscriptions/${SUB.prod}`),
    );
    const events = await scan();

    expect(valueOf(events, VM.web, C.metricsError)).toBe(
      'Microsoft.Insights/Metrics/Read: AuthorizationFailed',
    );
    expect(valueOf(events, VM.stopped, C.metricsError)).toBeUndefined();
    expect(valueOf(events, VM.web, C.vmSize)).toBe('Standard_D2s_v3');
  });

  it('emits only declared metric types', async () => {
    const catalogue = new MetricCatalogue(computeScanner.metrics);
    for (const e of await scan({ cost: true }, memoryCache()))
      expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();
  });
});

describe('diskTier', () => {
  it('bills a disk at the smallest tier that holds it', () => {
    expect(diskTier('Premium_LRS', 100)).toBe('P10 LRS');
    expect(diskTier('StandardSSD_ZRS', 128)).toBe('E10 ZRS');
    expect(diskTier('Standard_LRS', 1)).toBe('S4 LRS');
    expect(diskTier('UltraSSD_LRS', 64)).toBeUndefined();
  });
});
