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
  nodeHoursWaste,
  openSearchPriceType,
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

describe('node-hour waste', () => {
  it('prices one node type as ElastiCache does: node-hours at one unit price', () => {
    expect(
      nodeHoursWaste(
        'idle_cluster',
        [{ instanceType: 'ra3.xlplus', nodes: 2, hourlyUsd: 1.086 }],
        'eu-west-1',
      ),
    ).toEqual({
      monthlyUsd: 1585.56,
      detail: {
        reason: 'idle_cluster',
        quantity: 1460,
        unit: 'Hrs',
        unit_price_usd: 1.086,
        hours_per_month: 730,
        monthly_usd: 1585.56,
        currency: 'USD',
        price_source: 'AWS Price List, on-demand, eu-west-1',
      },
    });
  });

  it('lists each node type apart when there are several, and skips roles without nodes', () => {
    const { monthlyUsd, detail } = nodeHoursWaste(
      'idle_domain',
      [
        { role: 'data', instanceType: 'r6g.large.search', nodes: 3, hourlyUsd: 0.167 },
        { role: 'dedicated_master', instanceType: 'm6g.large.search', nodes: 3, hourlyUsd: 0.128 },
        { role: 'unused', instanceType: 'x', nodes: 0, hourlyUsd: 9 },
      ],
      'eu-west-1',
    );
    // (3 × 0.167 + 3 × 0.128) × 730
    expect(monthlyUsd).toBe(646.05);
    expect(detail).toMatchObject({ reason: 'idle_domain', quantity: 4380, unit: 'Hrs' });
    expect(detail.unit_price_usd).toBeUndefined();
    expect(detail.components).toEqual([
      {
        role: 'data',
        instance_type: 'r6g.large.search',
        nodes: 3,
        quantity: 2190,
        unit_price_usd: 0.167,
        monthly_usd: 365.73,
      },
      {
        role: 'dedicated_master',
        instance_type: 'm6g.large.search',
        nodes: 3,
        quantity: 2190,
        unit_price_usd: 0.128,
        monthly_usd: 280.32,
      },
    ]);
  });

  it('names OpenSearch instance types as the Price List does', () => {
    expect(openSearchPriceType('m5.large.elasticsearch')).toBe('m5.large.search');
    expect(openSearchPriceType('r6g.large.search')).toBe('r6g.large.search');
  });
});

describe('PriceBook node prices', () => {
  const item = (family: string, attributes: Record<string, string>, usd: string) =>
    JSON.stringify({
      product: { productFamily: family, sku: 'SKU1', attributes },
      serviceCode: attributes.servicecode,
      terms: {
        OnDemand: {
          'SKU1.JRTCKXETXF': {
            priceDimensions: {
              'SKU1.JRTCKXETXF.6YS6EN2CT7': { unit: 'Hrs', pricePerUnit: { USD: usd } },
            },
          },
        },
      },
    });

  it('asks Redshift node and OpenSearch instance prices by family and instance type', async () => {
    pricing
      .on(GetProductsCommand)
      .resolvesOnce({
        PriceList: [
          item(
            'Compute Instance',
            { servicecode: 'AmazonRedshift', instanceType: 'ra3.xlplus' },
            '1.1860000000',
          ),
        ],
      })
      .resolvesOnce({
        PriceList: [
          item(
            'Amazon OpenSearch Service Instance',
            { servicecode: 'AmazonES', instanceType: 'm5.large.search' },
            '0.1580000000',
          ),
        ],
      });
    const book = new PriceBook({ clients });

    expect(await book.redshiftNodeHourly('eu-west-1', 'ra3.xlplus')).toBe(1.186);
    expect(await book.openSearchInstanceHourly('eu-west-1', 'm5.large.elasticsearch')).toBe(0.158);
    const [redshift, opensearch] = pricing
      .commandCalls(GetProductsCommand)
      .map((c) => c.args[0].input);
    expect(redshift).toMatchObject({
      ServiceCode: 'AmazonRedshift',
      Filters: [
        { Type: 'TERM_MATCH', Field: 'regionCode', Value: 'eu-west-1' },
        { Type: 'TERM_MATCH', Field: 'productFamily', Value: 'Compute Instance' },
        { Type: 'TERM_MATCH', Field: 'instanceType', Value: 'ra3.xlplus' },
      ],
    });
    expect(opensearch).toMatchObject({
      ServiceCode: 'AmazonES',
      Filters: [
        { Type: 'TERM_MATCH', Field: 'regionCode', Value: 'eu-west-1' },
        {
          Type: 'TERM_MATCH',
          Field: 'productFamily',
          Value: 'Amazon OpenSearch Service Instance',
        },
        { Type: 'TERM_MATCH', Field: 'instanceType', Value: 'm5.large.search' },
        { Type: 'CONTAINS', Field: 'usagetype', Value: 'ESInstance' },
      ],
    });
  });
});
