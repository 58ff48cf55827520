import { GetProductsCommand, PricingClient } from '@aws-sdk/client-pricing';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwsClientClass, AwsClients } from './client-factory.js';
import { MemoryCache } from './fixtures/cache.js';
import {
  dbR6gLargeProducts,
  ebsStorageProducts,
  idleAddressProducts,
  m3LargeProducts,
  snapshotStorageProducts,
} from './fixtures/price-list.js';
import {
  PRICE_CACHE_TTL_SECONDS,
  PriceBook,
  ebsStoragePrices,
  idleAddressHourlyPrice,
  instanceHourlyPrice,
  parsePriceListItem,
  snapshotStoragePrice,
} from './pricing.js';

const pricing = mockClient(PricingClient);
afterEach(() => pricing.reset());

const client = new PricingClient({
  region: 'us-east-1',
  credentials: {
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  },
});
const regions: string[] = [];
const clients: AwsClients = {
  region: 'eu-west-1',
  get: () => {
    throw new Error('the Price List is read in its own region');
  },
  inRegion: <C>(_class: AwsClientClass<C>, region: string): C => {
    regions.push(region);
    return client as C;
  },
};

const parse = (items: string[]) => items.map((i) => parsePriceListItem(i)!);

describe('Price List parsing', () => {
  it('reads the sku, family, attributes and on-demand dimensions, never the reserved terms', () => {
    const product = parsePriceListItem(m3LargeProducts[0]!);
    expect(product).toMatchObject({
      sku: 'QMUT5BB5N7FUZSGN',
      productFamily: 'Compute Instance',
      attributes: { instanceType: 'm3.large', regionCode: 'eu-west-1', tenancy: 'Shared' },
      onDemand: [{ unit: 'Hrs', usd: 0.146 }],
    });
  });

  it('ignores what is not a product document', () => {
    expect(parsePriceListItem('not json')).toBeUndefined();
    expect(parsePriceListItem('{"terms":{}}')).toBeUndefined();
  });

  it('picks the region price of each resource kind', () => {
    expect(ebsStoragePrices(parse(ebsStorageProducts))).toEqual(
      new Map([
        ['gp3', 0.088],
        ['gp2', 0.11],
        ['io1', 0.138],
      ]),
    );
    // The standard tier, not the archive tier listed beside it.
    expect(snapshotStoragePrice(parse(snapshotStorageProducts))).toBe(0.05);
    expect(idleAddressHourlyPrice(parse(idleAddressProducts))).toBe(0.005);
    expect(instanceHourlyPrice(parse(m3LargeProducts))).toBe(0.146);
    expect(instanceHourlyPrice(parse(dbR6gLargeProducts))).toBe(0.258);
    expect(instanceHourlyPrice([])).toBeUndefined();
  });
});

describe('PriceBook', () => {
  it('asks us-east-1 with exact filters, follows NextToken, and caches the answer for a day', async () => {
    pricing
      .on(GetProductsCommand)
      .resolvesOnce({ PriceList: ebsStorageProducts.slice(0, 2), NextToken: 'page-2' })
      .resolvesOnce({ PriceList: ebsStorageProducts.slice(2) });
    const cache = new MemoryCache();

    const first = await new PriceBook({ clients, cache }).ebsStorage('eu-west-1');
    const second = await new PriceBook({ clients, cache }).ebsStorage('eu-west-1');

    expect(first.get('io1')).toBe(0.138);
    expect(second).toEqual(first);
    const calls = pricing.commandCalls(GetProductsCommand);
    expect(calls).toHaveLength(2); // two pages, once: the second book read the cache
    expect(calls[0]!.args[0].input).toMatchObject({
      ServiceCode: 'AmazonEC2',
      FormatVersion: 'aws_v1',
      Filters: [
        { Type: 'TERM_MATCH', Field: 'regionCode', Value: 'eu-west-1' },
        { Type: 'TERM_MATCH', Field: 'productFamily', Value: 'Storage' },
      ],
    });
    expect(calls[1]!.args[0].input.NextToken).toBe('page-2');
    expect(regions.every((r) => r === 'us-east-1')).toBe(true);
    expect([...cache.entries.values()].map((e) => e.ttlSeconds)).toEqual([PRICE_CACHE_TTL_SECONDS]);
  });

  it('asks each instance type once per unit, and leaves license-bound RDS engines unpriced', async () => {
    pricing.on(GetProductsCommand).resolves({ PriceList: m3LargeProducts });
    const book = new PriceBook({ clients });

    const prices = await Promise.all([
      book.ec2InstanceHourly('eu-west-1', 'm3.large'),
      book.ec2InstanceHourly('eu-west-1', 'm3.large'),
    ]);

    expect(prices).toEqual([0.146, 0.146]);
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(1);
    expect(
      await book.rdsInstanceHourly('eu-west-1', 'db.r6i.large', 'sqlserver-se', false),
    ).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(1);
  });
});
