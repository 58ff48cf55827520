/**
 * Pure pricing from the Cloud Billing Catalog (`services.skus.list`): the catalogue's SKUs folded
 * into a compact price table, and a VM's or a persistent disk's monthly on-demand list price from
 * it. No call here: the collector (`catalog.ts`) reads the pages, this module only reads answers.
 */

/** The Compute Engine service of the catalogue. */
export const COMPUTE_ENGINE_SERVICE_ID = '6F81-5844-456A';
/** Hours billed in a month, as the AWS and Azure waste estimates count them. */
export const HOURS_PER_MONTH = 730;

/** A SKU as `services.skus.list` writes it (fields the pricing ignores are left out). */
export interface RestSku {
  name?: string;
  skuId?: string;
  description?: string;
  category?: {
    serviceDisplayName?: string;
    resourceFamily?: string;
    resourceGroup?: string;
    usageType?: string;
  };
  serviceRegions?: string[];
  pricingInfo?: {
    effectiveTime?: string;
    pricingExpression?: {
      usageUnit?: string;
      displayQuantity?: number;
      tieredRates?: {
        startUsageAmount?: number;
        unitPrice?: { currencyCode?: string; units?: string; nanos?: number };
      }[];
    };
  }[];
}

export interface SkuPage {
  skus?: RestSku[];
  nextPageToken?: string;
}

/** One tier: from `start` usage units on, `usd` per unit. */
export interface RateTier {
  start: number;
  usd: number;
}

/** One SKU's current price, per usage unit (`h`, `GiBy.h`, `GiBy.mo`). */
export interface Rate {
  skuId: string;
  description: string;
  unit: string;
  tiers: RateTier[];
}

/**
 * What the waste estimates read of the catalogue, small enough for the tenant's cache:
 * machine family (`n2`) → region → vCPU and memory rates; disk type (`pd-ssd`,
 * `regional-pd-ssd`) → region → capacity rate.
 */
export interface PriceTable {
  compute: Record<string, Record<string, { core?: Rate; ram?: Rate }>>;
  disks: Record<string, Record<string, Rate>>;
}

export function emptyPriceTable(): PriceTable {
  return { compute: {}, disks: {} };
}

/** `units` (an int64 string) + `nanos` (billionths) → a number. */
export function moneyOf(price: { units?: string; nanos?: number } | undefined): number {
  return Number(price?.units ?? 0) + (price?.nanos ?? 0) / 1e9;
}

/**
 * Predefined machine families' vCPU and memory SKUs, by description (the catalogue has no field
 * for the family: `resourceGroup` is `N1Standard` for N1 and `CPU`/`RAM` for the others). Custom,
 * sole-tenant, Spot/preemptible and commitment SKUs do not match: they are other prices.
 */
const COMPUTE_SKU =
  /^(?:(?<family>[A-Z]\d+[A-Z]?)(?: AMD| Arm| Intel)?(?: Predefined)? Instance|(?<c2>Compute optimized)) (?<kind>Core|Ram) running in /;

/** Persistent disk capacity SKUs, by description: `Regional SSD backed PD Capacity in Tokyo`. */
const DISK_SKU =
  /^(?<regional>Regional )?(?<type>Storage PD|Balanced PD|SSD backed PD) Capacity(?: in .+)?$/;
const DISK_TYPE: Record<string, string> = {
  'Storage PD': 'pd-standard',
  'Balanced PD': 'pd-balanced',
  'SSD backed PD': 'pd-ssd',
};

function rateOf(sku: RestSku, unit: string): Rate | undefined {
  const expression = sku.pricingInfo?.[0]?.pricingExpression;
  if (!sku.skuId || expression?.usageUnit !== unit) return undefined;
  const tiers = (expression.tieredRates ?? [])
    .filter((t) => (t.unitPrice?.currencyCode ?? 'USD') === 'USD')
    .map((t) => ({ start: t.startUsageAmount ?? 0, usd: moneyOf(t.unitPrice) }))
    .sort((a, b) => a.start - b.start);
  if (tiers.length === 0) return undefined;
  return { skuId: sku.skuId, description: sku.description ?? '', unit, tiers };
}

/**
 * Folds one page of SKUs into the table: on-demand vCPU and memory of the predefined families,
 * and persistent disk capacity, for each region the SKU serves. The first SKU seen for a key
 * wins, so the answer does not depend on which page a duplicate comes on.
 */
export function addSkus(table: PriceTable, skus: readonly RestSku[]): PriceTable {
  for (const sku of skus) {
    const category = sku.category;
    if (category?.usageType !== 'OnDemand') continue;
    const description = sku.description ?? '';
    const regions = sku.serviceRegions ?? [];
    if (category.resourceFamily === 'Compute') {
      const match = COMPUTE_SKU.exec(description);
      if (!match?.groups) continue;
      const family = match.groups.c2 ? 'c2' : (match.groups.family as string).toLowerCase();
      const kind = match.groups.kind === 'Core' ? 'core' : 'ram';
      const rate = rateOf(sku, kind === 'core' ? 'h' : 'GiBy.h');
      if (!rate) continue;
      const byRegion = (table.compute[family] ??= {});
      for (const region of regions) (byRegion[region] ??= {})[kind] ??= rate;
    } else if (category.resourceFamily === 'Storage') {
      const match = DISK_SKU.exec(description);
      if (!match?.groups) continue;
      const type = DISK_TYPE[match.groups.type as string] as string;
      const key = match.groups.regional ? `regional-${type}` : type;
      const rate = rateOf(sku, 'GiBy.mo');
      if (!rate) continue;
      const byRegion = (table.disks[key] ??= {});
      for (const region of regions) byRegion[region] ??= rate;
    }
  }
  return table;
}

/** The table's prices for these regions only (what one project's snapshot keeps). */
export function pricesForRegions(table: PriceTable, regions: Iterable<string>): PriceTable {
  const wanted = new Set(regions);
  const pick = <V>(byRegion: Record<string, V>) =>
    Object.fromEntries(Object.entries(byRegion).filter(([region]) => wanted.has(region)));
  return {
    compute: Object.fromEntries(
      Object.entries(table.compute).map(([family, byRegion]) => [family, pick(byRegion)]),
    ),
    disks: Object.fromEntries(
      Object.entries(table.disks).map(([type, byRegion]) => [type, pick(byRegion)]),
    ),
  };
}

/** The cost of `quantity` units at the rate's tiers (each tier prices the usage inside it). */
export function tieredCost(rate: Rate, quantity: number): number {
  let total = 0;
  rate.tiers.forEach((tier, i) => {
    const end = rate.tiers[i + 1]?.start ?? Infinity;
    if (quantity > tier.start) total += (Math.min(quantity, end) - tier.start) * tier.usd;
  });
  return total;
}

/** vCPUs and memory a predefined machine type bills. */
export interface MachineShape {
  vcpus: number;
  memoryGib: number;
}

/** GiB of memory per vCPU of each predefined family's classes. */
const MEMORY_PER_VCPU: Record<string, Record<string, number>> = {
  n1: { standard: 3.75, highmem: 6.5, highcpu: 0.9 },
  n2: { standard: 4, highmem: 8, highcpu: 1 },
  n2d: { standard: 4, highmem: 8, highcpu: 1 },
  e2: { standard: 4, highmem: 8, highcpu: 1 },
  c2: { standard: 4 },
  c2d: { standard: 4, highmem: 8, highcpu: 2 },
  c3: { standard: 4, highmem: 8, highcpu: 2 },
  c3d: { standard: 4, highmem: 8, highcpu: 2 },
  n4: { standard: 4, highmem: 8, highcpu: 2 },
  t2d: { standard: 4 },
};

/** E2 shared-core types bill a fraction of a vCPU. */
const SHARED_CORE: Record<string, MachineShape> = {
  'e2-micro': { vcpus: 0.25, memoryGib: 1 },
  'e2-small': { vcpus: 0.5, memoryGib: 2 },
  'e2-medium': { vcpus: 1, memoryGib: 4 },
};

const PREDEFINED = /^(?<family>[a-z]\d+[a-z]?)-(?<klass>[a-z]+)-(?<vcpus>\d+)$/;

/** A predefined machine type's shape, or why it cannot be priced from vCPU and memory SKUs. */
export function machineShape(
  machineType: string,
): { shape: MachineShape; family: string } | { unknown: string } {
  const shared = SHARED_CORE[machineType];
  if (shared) return { shape: shared, family: 'e2' };
  if (/custom/.test(machineType))
    return { unknown: `custom machine type ${machineType}: custom vCPU and memory SKUs not read` };
  const match = PREDEFINED.exec(machineType);
  if (!match?.groups)
    return { unknown: `machine type ${machineType} is not a predefined type this estimate knows` };
  const { family, klass } = match.groups as { family: string; klass: string };
  const perVcpu = MEMORY_PER_VCPU[family]?.[klass];
  if (perVcpu === undefined)
    return {
      unknown: `machine type ${machineType}: family ${family}, class ${klass} is not priced by this estimate`,
    };
  const vcpus = Number(match.groups.vcpus);
  return { shape: { vcpus, memoryGib: vcpus * perVcpu }, family };
}

/** How one resource's monthly price was made, or why it could not be. */
export type MonthlyPrice =
  | {
      priced: true;
      monthlyUsd: number;
      /** The SKUs and quantities it adds up. */
      parts: { skuId: string; description: string; quantity: number; unit: string; usd: number }[];
    }
  | { priced: false; reason: string };

const cents = (usd: number) => Math.round(usd * 100) / 100;

function part(rate: Rate, quantity: number) {
  const usd = tieredCost(rate, quantity);
  return { skuId: rate.skuId, description: rate.description, quantity, unit: rate.unit, usd };
}

/**
 * A VM's monthly on-demand list price: its vCPUs and memory for 730 hours at its region's rates
 * (before sustained-use or committed-use discounts; GPUs, licences and disks not included).
 */
export function instanceMonthlyPrice(
  table: PriceTable,
  machineType: string,
  region: string,
): MonthlyPrice {
  const known = machineShape(machineType);
  if ('unknown' in known) return { priced: false, reason: known.unknown };
  const rates = table.compute[known.family]?.[region];
  if (!rates?.core || !rates.ram)
    return {
      priced: false,
      reason: `no on-demand ${known.family.toUpperCase()} vCPU and memory SKUs for ${region} in the catalogue`,
    };
  const parts = [
    part(rates.core, known.shape.vcpus * HOURS_PER_MONTH),
    part(rates.ram, known.shape.memoryGib * HOURS_PER_MONTH),
  ];
  return { priced: true, monthlyUsd: cents(parts.reduce((a, p) => a + p.usd, 0)), parts };
}

/** A persistent disk's monthly price: its provisioned GiB at its type's capacity rate. */
export function diskMonthlyPrice(
  table: PriceTable,
  diskType: string,
  region: string,
  sizeGb: number,
  regional: boolean,
): MonthlyPrice {
  if (!Object.values(DISK_TYPE).includes(diskType))
    return {
      priced: false,
      reason: `disk type ${diskType} is not priced by this estimate (only pd-standard, pd-balanced, pd-ssd)`,
    };
  const key = regional ? `regional-${diskType}` : diskType;
  const rate = table.disks[key]?.[region];
  if (!rate)
    return { priced: false, reason: `no ${key} capacity SKU for ${region} in the catalogue` };
  const capacity = part(rate, sizeGb);
  return { priced: true, monthlyUsd: cents(capacity.usd), parts: [capacity] };
}
