import { describe, expect, it } from 'vitest';
import {
  addSkus,
  diskMonthlyPrice,
  emptyPriceTable,
  instanceMonthlyPrice,
  machineShape,
  moneyOf,
  pricesForRegions,
  tieredCost,
  type PriceTable,
  type RestSku,
} from './pricing.js';
import { CATALOG_PAGES, SKU } from './services/compute/fixtures/catalog.js';

function catalogTable(): PriceTable {
  const table = emptyPriceTable();
  for (const page of CATALOG_PAGES) addSkus(table, page.skus as RestSku[]);
  return table;
}

describe('Cloud Billing Catalog pricing', () => {
  it('reads units and nanos as one amount', () => {
    expect(moneyOf({ units: '0', nanos: 31611000 })).toBeCloseTo(0.031611, 9);
    expect(moneyOf({ units: '2', nanos: 125050000 })).toBeCloseTo(2.12505, 9);
    expect(moneyOf({ currencyCode: 'USD' } as never)).toBe(0);
  });

  it('keeps the on-demand vCPU, memory and disk capacity SKUs per region, nothing else', () => {
    const table = catalogTable();

    expect(Object.keys(table.compute).sort()).toEqual(['e2', 'n1', 'n2']);
    expect(table.compute.e2?.['europe-west1']?.core).toMatchObject({
      skuId: SKU.e2CoreEmea,
      unit: 'h',
      tiers: [{ start: 0, usd: 0.023992 }],
    });
    expect(table.compute.e2?.['europe-west4']?.ram?.skuId).toBe(SKU.e2RamEmea);
    expect(table.compute.n1?.['us-central1']).toMatchObject({
      core: { skuId: SKU.n1CoreAmericas },
      ram: { skuId: SKU.n1RamAmericas, unit: 'GiBy.h' },
    });
    expect(table.compute.n1?.['europe-west1']).toBeUndefined();
    expect(Object.keys(table.disks).sort()).toEqual([
      'pd-balanced',
      'pd-ssd',
      'pd-standard',
      'regional-pd-ssd',
    ]);
    expect(table.disks['pd-ssd']?.['europe-west1']).toMatchObject({
      skuId: SKU.pdSsd,
      unit: 'GiBy.mo',
    });
    // Spot, custom and commitment SKUs are other prices: the on-demand E2 core is the only one.
    const e2Cores = new Set(Object.values(table.compute.e2 ?? {}).map((r) => r.core?.skuId));
    expect(e2Cores).toEqual(new Set([SKU.e2CoreEmea]));
  });

  it('lets the first SKU of a key win, whatever page a duplicate comes on', () => {
    const table = catalogTable();
    addSkus(table, [
      {
        skuId: 'DUPE-0000-0000',
        description: 'E2 Instance Core running in Belgium',
        category: { resourceFamily: 'Compute', resourceGroup: 'CPU', usageType: 'OnDemand' },
        serviceRegions: ['europe-west1'],
        pricingInfo: [
          {
            pricingExpression: {
              usageUnit: 'h',
              tieredRates: [{ unitPrice: { currencyCode: 'USD', units: '9', nanos: 0 } }],
            },
          },
        ],
      },
    ]);
    expect(table.compute.e2?.['europe-west1']?.core?.skuId).toBe(SKU.e2CoreEmea);
  });

  it('refuses a SKU whose usage unit is not the one priced', () => {
    const table = addSkus(emptyPriceTable(), [
      {
        skuId: 'ODD0-UNIT-0000',
        description: 'N2 Instance Ram running in Americas',
        category: { resourceFamily: 'Compute', resourceGroup: 'RAM', usageType: 'OnDemand' },
        serviceRegions: ['us-central1'],
        pricingInfo: [
          {
            pricingExpression: {
              usageUnit: 'GBy.h',
              tieredRates: [{ unitPrice: { currencyCode: 'USD', units: '0', nanos: 4237000 } }],
            },
          },
        ],
      },
    ]);
    expect(table.compute.n2?.['us-central1']).toBeUndefined();
  });

  it('prices an E2 VM from its vCPUs and memory for 730 hours', () => {
    const price = instanceMonthlyPrice(catalogTable(), 'e2-standard-4', 'europe-west1');
    // 4 × 730 × 0.023992 + 16 × 730 × 0.003215
    expect(price).toMatchObject({ priced: true, monthlyUsd: 107.61 });
    if (!price.priced) throw new Error('unpriced');
    expect(price.parts).toEqual([
      {
        skuId: SKU.e2CoreEmea,
        description: 'E2 Instance Core running in EMEA',
        quantity: 2920,
        unit: 'h',
        usd: expect.closeTo(70.05664, 6) as number,
      },
      {
        skuId: SKU.e2RamEmea,
        description: 'E2 Instance Ram running in EMEA',
        quantity: 11680,
        unit: 'GiBy.h',
        usd: expect.closeTo(37.5512, 6) as number,
      },
    ]);
  });

  it('knows the shapes of predefined and shared-core types', () => {
    expect(machineShape('n1-standard-2')).toEqual({
      shape: { vcpus: 2, memoryGib: 7.5 },
      family: 'n1',
    });
    expect(machineShape('n2-highmem-8')).toEqual({
      shape: { vcpus: 8, memoryGib: 64 },
      family: 'n2',
    });
    expect(machineShape('e2-micro')).toEqual({
      shape: { vcpus: 0.25, memoryGib: 1 },
      family: 'e2',
    });
    expect(instanceMonthlyPrice(catalogTable(), 'n1-standard-2', 'us-central1')).toMatchObject({
      priced: true,
      // 2 × 730 × 0.031611 + 7.5 × 730 × 0.004237
      monthlyUsd: 69.35,
    });
  });

  it('says why a machine type has no price, never $0', () => {
    const table = catalogTable();
    for (const [type, region, why] of [
      ['m3-ultramem-32', 'europe-west1', /family m3, class ultramem is not priced/],
      ['c2-highmem-4', 'europe-west1', /family c2, class highmem/],
      ['n2-custom-4-16384', 'europe-west1', /custom machine type/],
      ['f1-micro', 'us-central1', /not a predefined type/],
      ['c3-standard-4-lssd', 'europe-west1', /not a predefined type/],
      ['n2-standard-4', 'asia-east1', /no on-demand N2 vCPU and memory SKUs for asia-east1/],
    ] as const) {
      const price = instanceMonthlyPrice(table, type, region);
      expect(price.priced, type).toBe(false);
      if (!price.priced) expect(price.reason, type).toMatch(why);
    }
  });

  it('prices a disk’s provisioned GiB a month by type, zonal or regional', () => {
    const table = catalogTable();
    expect(diskMonthlyPrice(table, 'pd-ssd', 'europe-west1', 500, false)).toMatchObject({
      priced: true,
      monthlyUsd: 85,
      parts: [{ skuId: SKU.pdSsd, quantity: 500, unit: 'GiBy.mo' }],
    });
    expect(diskMonthlyPrice(table, 'pd-standard', 'us-east1', 200, false)).toMatchObject({
      monthlyUsd: 8,
    });
    expect(diskMonthlyPrice(table, 'pd-balanced', 'europe-west4', 20, false)).toMatchObject({
      monthlyUsd: 2,
    });
    expect(diskMonthlyPrice(table, 'pd-ssd', 'europe-west1', 100, true)).toMatchObject({
      monthlyUsd: 34,
      parts: [{ skuId: SKU.regionalPdSsd }],
    });
    expect(diskMonthlyPrice(table, 'pd-balanced', 'europe-west1', 100, true)).toMatchObject({
      priced: false,
      reason: 'no regional-pd-balanced capacity SKU for europe-west1 in the catalogue',
    });
    expect(diskMonthlyPrice(table, 'hyperdisk-balanced', 'europe-west1', 100, false)).toMatchObject(
      {
        priced: false,
        reason: expect.stringMatching(/hyperdisk-balanced is not priced/) as string,
      },
    );
  });

  it('applies tiers to the usage inside each', () => {
    const rate = {
      skuId: 'T',
      description: 'tiered',
      unit: 'GiBy',
      tiers: [
        { start: 0, usd: 0 },
        { start: 1, usd: 0.12 },
        { start: 1024, usd: 0.11 },
      ],
    };
    expect(tieredCost(rate, 0.5)).toBe(0);
    expect(tieredCost(rate, 11)).toBeCloseTo(1.2, 9);
    expect(tieredCost(rate, 2048)).toBeCloseTo(1023 * 0.12 + 1024 * 0.11, 9);
  });

  it('narrows the table to a project’s regions', () => {
    const narrow = pricesForRegions(catalogTable(), ['europe-west1']);
    expect(Object.keys(narrow.compute.e2 ?? {})).toEqual(['europe-west1']);
    expect(narrow.compute.n1).toEqual({});
    expect(Object.keys(narrow.disks['pd-ssd'] ?? {})).toEqual(['europe-west1']);
  });
});
