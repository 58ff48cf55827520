import type { JsonValue } from '../../../../core/index.js';
import type { AzureUnitContext } from '../../define-scanner.js';
import type { JsonObject } from '../../pipeline.js';
import { num, str } from '../rows.js';

/** Prices change monthly at most: answers are kept a day in the tenant's cache. */
const PRICE_TTL_SECONDS = 86_400;
export const HOURS_PER_MONTH = 730;

async function cachedPrices(ctx: AzureUnitContext, filter: string): Promise<JsonObject[]> {
  const key = `azure:retail-prices:${filter}`;
  const cached = await ctx.cache?.get(key);
  if (Array.isArray(cached)) return cached as JsonObject[];
  const items = await ctx.clients.retailPrices(filter, ctx.signal);
  // Keep only what the lookups read: the cache stays small.
  const slim = items.map((i) => ({
    retailPrice: i.retailPrice,
    currencyCode: i.currencyCode,
    skuName: i.skuName,
    meterName: i.meterName,
    productName: i.productName,
    unitOfMeasure: i.unitOfMeasure,
    type: i.type,
  })) as JsonValue[];
  await ctx.cache?.set(key, slim, PRICE_TTL_SECONDS);
  return slim as JsonObject[];
}

/** Pay-as-you-go USD prices of one service in one region, narrowed by `clause`. */
const consumptionFilter = (service: string, region: string, clause: string) =>
  `serviceName eq '${service}' and armRegionName eq '${region}' and ${clause} and priceType eq 'Consumption' and currencyCode eq 'USD'`;

/** Pay-as-you-go USD per hour of a VM size in a region (Linux or Windows), undefined if unlisted. */
export async function vmHourlyPrice(
  ctx: AzureUnitContext,
  region: string,
  size: string,
  osType: string,
): Promise<number | undefined> {
  const filter = consumptionFilter('Virtual Machines', region, `armSkuName eq '${size}'`);
  const windows = osType.toLowerCase() === 'windows';
  const item = (await cachedPrices(ctx, filter)).find((i) => {
    const sku = `${str(i.skuName) ?? ''} ${str(i.meterName) ?? ''}`;
    return (
      !/spot|low priority/i.test(sku) &&
      (str(i.productName) ?? '').includes('Windows') === windows &&
      (str(i.unitOfMeasure) ?? '') === '1 Hour'
    );
  });
  return num(item?.retailPrice);
}

/**
 * Billed tiers of managed disks: the smallest tier holding the provisioned size. Premium SSD (P) and
 * Standard SSD (E) share the ladder from 4 GiB; Standard HDD (S) starts at 32 GiB.
 */
const SSD_LADDER: readonly [number, string][] = [
  [4, '1'],
  [8, '2'],
  [16, '3'],
  [32, '4'],
  [64, '6'],
  [128, '10'],
  [256, '15'],
  [512, '20'],
  [1024, '30'],
  [2048, '40'],
  [4096, '50'],
  [8192, '60'],
  [16384, '70'],
  [32767, '80'],
];
const TIERS: Record<string, { prefix: string; sizes: readonly [number, string][] }> = {
  premium: { prefix: 'P', sizes: SSD_LADDER },
  standardssd: { prefix: 'E', sizes: SSD_LADDER },
  standard: { prefix: 'S', sizes: SSD_LADDER.filter(([max]) => max >= 32) },
};

/** `Premium_LRS`, 100 GB → `P10 LRS` (the billed tier: the smallest that holds the size). */
export function diskTier(sku: string, sizeGb: number): string | undefined {
  const [kind = '', redundancy = 'LRS'] = sku.split('_');
  const tiers = TIERS[kind.toLowerCase()];
  if (!tiers) return undefined;
  const tier = tiers.sizes.find(([max]) => sizeGb <= max);
  return tier ? `${tiers.prefix}${tier[1]} ${redundancy}` : undefined;
}

/** Pay-as-you-go USD per month of a managed disk, undefined if its tier is unlisted. */
export async function diskMonthlyPrice(
  ctx: AzureUnitContext,
  region: string,
  sku: string,
  sizeGb: number,
): Promise<number | undefined> {
  const tier = diskTier(sku, sizeGb);
  if (!tier) return undefined;
  const filter = consumptionFilter('Storage', region, `skuName eq '${tier}'`);
  const item = (await cachedPrices(ctx, filter)).find(
    (i) => (str(i.meterName) ?? '').endsWith('Disk') && str(i.unitOfMeasure) === '1/Month',
  );
  return num(item?.retailPrice);
}
