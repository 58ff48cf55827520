// The SDK's code is loaded on the first price request: extractors import this module's constants,
// and the scanner registry must load no SDK.
import type { Filter } from '@aws-sdk/client-pricing';
import type { EventDraft, JsonValue, ResultCache } from '../../core/index.js';
import { regionScopeId } from './arn.js';
import type { AwsClients } from './client-factory.js';
import type { AwsUnitContext } from './define-scanner.js';
import { guardedRead, type Read } from './read.js';

/** Hours AWS bills in an average month (8,760 / 12). */
export const HOURS_PER_MONTH = 730;

/** The Price List API answers in us-east-1 (and two other regions) for every region's prices. */
export const PRICING_REGION = 'us-east-1';

/** Price List answers change at most daily; they are kept a day in the tenant's cache. */
export const PRICE_CACHE_TTL_SECONDS = 86_400;

/** One on-demand price dimension of a product. */
export interface OnDemandPrice {
  /** `Hrs`, `GB-Mo`… */
  unit: string;
  usd: number;
}

/** A Price List product, reduced to what pricing needs. */
export interface PricedProduct {
  sku: string;
  productFamily?: string;
  attributes: Record<string, string>;
  onDemand: OnDemandPrice[];
}

/**
 * Parses one `PriceList` entry of GetProducts: a JSON string with `product` (sku, family,
 * attributes) and `terms.OnDemand.<offer>.priceDimensions.<rate>.pricePerUnit.USD`.
 * Reserved terms are ignored. Returns undefined for anything that is not such a document.
 */
export function parsePriceListItem(text: string): PricedProduct | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const product = field(doc, 'product');
  const sku = field(product, 'sku');
  if (typeof sku !== 'string') return undefined;
  const attributes: Record<string, string> = {};
  const rawAttributes = field(product, 'attributes');
  if (isRecord(rawAttributes)) {
    for (const [k, v] of Object.entries(rawAttributes))
      if (typeof v === 'string') attributes[k] = v;
  }
  const onDemand: OnDemandPrice[] = [];
  const offers = field(field(doc, 'terms'), 'OnDemand');
  if (isRecord(offers)) {
    for (const offer of Object.values(offers)) {
      const dimensions = field(offer, 'priceDimensions');
      if (!isRecord(dimensions)) continue;
      for (const dimension of Object.values(dimensions)) {
        const unit = field(dimension, 'unit');
        const usd = Number(field(field(dimension, 'pricePerUnit'), 'USD'));
        if (typeof unit === 'string' && Number.isFinite(usd)) onDemand.push({ unit, usd });
      }
    }
  }
  const family = field(product, 'productFamily');
  return {
    sku,
    ...(typeof family === 'string' ? { productFamily: family } : {}),
    attributes,
    onDemand,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined;
}

/** The positive price of the given unit, the highest when tiers differ (first tiers may be free). */
function priceIn(product: PricedProduct, unit: string): number | undefined {
  const prices = product.onDemand.filter((p) => p.unit === unit && p.usd > 0).map((p) => p.usd);
  return prices.length > 0 ? Math.max(...prices) : undefined;
}

/** EBS storage: volume API name (gp3, io2…) → USD per GB-month. */
export function ebsStoragePrices(products: readonly PricedProduct[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const product of products) {
    const type = product.attributes.volumeApiName;
    const price = priceIn(product, 'GB-Mo');
    if (type && price !== undefined && !out.has(type)) out.set(type, price);
  }
  return out;
}

/** EBS snapshots in the standard tier: USD per GB-month (the archive tier is priced apart). */
export function snapshotStoragePrice(products: readonly PricedProduct[]): number | undefined {
  for (const product of products) {
    if (!/EBS:SnapshotUsage$/.test(product.attributes.usagetype ?? '')) continue;
    const price = priceIn(product, 'GB-Mo');
    if (price !== undefined) return price;
  }
  return undefined;
}

/** An idle public IPv4 address (an unassociated Elastic IP): USD per hour. */
export function idleAddressHourlyPrice(products: readonly PricedProduct[]): number | undefined {
  for (const product of products) {
    if (!/(PublicIPv4|ElasticIP):IdleAddress$/.test(product.attributes.usagetype ?? '')) continue;
    const price = priceIn(product, 'Hrs');
    if (price !== undefined) return price;
  }
  return undefined;
}

/** A load balancer's hours (Classic, Application, Network or Gateway; …LoadBalancerUsage): USD per hour. */
export function loadBalancerHourlyPrice(products: readonly PricedProduct[]): number | undefined {
  for (const product of products) {
    if (!/LoadBalancerUsage$/.test(product.attributes.usagetype ?? '')) continue;
    const price = priceIn(product, 'Hrs');
    if (price !== undefined) return price;
  }
  return undefined;
}

/**
 * What an idle resource billed by the hour wastes a month at its list price, and the estimate's
 * detail (`…waste_estimate`): {reason, hourly_usd, hours_per_month, monthly_usd, currency,
 * price_source}.
 */
export function hourlyWaste(
  reason: string,
  hourlyUsd: number,
  region: string,
): { monthlyUsd: number; detail: Record<string, string | number> } {
  const monthlyUsd = Math.round(hourlyUsd * HOURS_PER_MONTH * 100) / 100;
  return {
    monthlyUsd,
    detail: {
      reason,
      hourly_usd: hourlyUsd,
      hours_per_month: HOURS_PER_MONTH,
      monthly_usd: monthlyUsd,
      currency: 'USD',
      price_source: `AWS Price List, on-demand, ${region}`,
    },
  };
}

/** Nodes of one instance type in a resource billed by the node-hour, at the type's hourly price. */
export interface NodeHours {
  /** Set when the resource has nodes of several roles (OpenSearch data and dedicated master). */
  role?: string;
  instanceType: string;
  nodes: number;
  hourlyUsd: number;
}

const cents = (usd: number) => Math.round(usd * 100) / 100;

/**
 * What an idle resource's nodes waste a month at their list price, and the estimate's detail
 * (`…waste_estimate`): {reason, quantity (node-hours), unit: Hrs, unit_price_usd, hours_per_month,
 * monthly_usd, currency, price_source}. With nodes of several types, unit_price_usd gives way to
 * `components`, one {role, instance_type, nodes, quantity, unit_price_usd, monthly_usd} a type.
 */
export function nodeHoursWaste(
  reason: string,
  groups: readonly NodeHours[],
  region: string,
): { monthlyUsd: number; detail: Record<string, JsonValue> } {
  const counted = groups.filter((g) => g.nodes > 0);
  const nodeHours = (g: NodeHours) => g.nodes * HOURS_PER_MONTH;
  const monthlyUsd = cents(counted.reduce((sum, g) => sum + nodeHours(g) * g.hourlyUsd, 0));
  const detail: Record<string, JsonValue> = {
    reason,
    quantity: counted.reduce((sum, g) => sum + nodeHours(g), 0),
    unit: 'Hrs',
  };
  if (counted.length === 1) detail.unit_price_usd = counted[0]!.hourlyUsd;
  else
    detail.components = counted.map((g) => ({
      ...(g.role ? { role: g.role } : {}),
      instance_type: g.instanceType,
      nodes: g.nodes,
      quantity: nodeHours(g),
      unit_price_usd: g.hourlyUsd,
      monthly_usd: cents(nodeHours(g) * g.hourlyUsd),
    }));
  Object.assign(detail, {
    hours_per_month: HOURS_PER_MONTH,
    monthly_usd: monthlyUsd,
    currency: 'USD',
    price_source: `AWS Price List, on-demand, ${region}`,
  });
  return { monthlyUsd, detail };
}

/** An on-demand instance (EC2 BoxUsage, or an RDS instance): USD per hour. */
export function instanceHourlyPrice(products: readonly PricedProduct[]): number | undefined {
  const prices = products.flatMap((product) => {
    // Only the instance's own usage: never a reservation's unused capacity or a dedicated host.
    if (/Unused|Reservation|HostBoxUsage/.test(product.attributes.usagetype ?? '')) return [];
    const price = priceIn(product, 'Hrs');
    return price === undefined ? [] : [price];
  });
  return prices.length > 0 ? Math.min(...prices) : undefined;
}

/** RDS engine (as DescribeDBInstances names it) → the Price List's databaseEngine, when the price is license-free. */
export const RDS_PRICE_ENGINES: Readonly<Record<string, string>> = {
  mysql: 'MySQL',
  postgres: 'PostgreSQL',
  mariadb: 'MariaDB',
  'aurora-mysql': 'Aurora MySQL',
  aurora: 'Aurora MySQL',
  'aurora-postgresql': 'Aurora PostgreSQL',
};

/**
 * The Price List's name of an OpenSearch Service instance type: `….search`, which Elasticsearch
 * domains call `….elasticsearch` (`m5.large.elasticsearch` → `m5.large.search`).
 */
export function openSearchPriceType(instanceType: string): string {
  return instanceType.replace(/\.elasticsearch$/, '.search');
}

export interface PriceRequest {
  serviceCode: string;
  filters: readonly { field: string; value: string; type?: 'TERM_MATCH' | 'CONTAINS' }[];
}

/** Requests for the prices waste estimates need; each is one GetProducts listing (usually one page). */
export const priceRequests = {
  ebsStorage: (region: string): PriceRequest => ({
    serviceCode: 'AmazonEC2',
    filters: [
      { field: 'regionCode', value: region },
      { field: 'productFamily', value: 'Storage' },
    ],
  }),
  snapshotStorage: (region: string): PriceRequest => ({
    serviceCode: 'AmazonEC2',
    filters: [
      { field: 'regionCode', value: region },
      { field: 'productFamily', value: 'Storage Snapshot' },
    ],
  }),
  idleAddress: (region: string): PriceRequest => ({
    serviceCode: 'AmazonVPC',
    filters: [
      { field: 'regionCode', value: region },
      { field: 'usagetype', value: 'PublicIPv4:IdleAddress', type: 'CONTAINS' },
    ],
  }),
  /** `productFamily`: `Load Balancer` (Classic), `Load Balancer-Application`, `-Network`, `-Gateway`. */
  loadBalancer: (region: string, productFamily: string): PriceRequest => ({
    serviceCode: 'AWSELB',
    filters: [
      { field: 'regionCode', value: region },
      { field: 'productFamily', value: productFamily },
      { field: 'usagetype', value: 'LoadBalancerUsage', type: 'CONTAINS' },
    ],
  }),
  ec2Instance: (region: string, instanceType: string): PriceRequest => ({
    serviceCode: 'AmazonEC2',
    filters: [
      { field: 'regionCode', value: region },
      { field: 'instanceType', value: instanceType },
      { field: 'operatingSystem', value: 'Linux' },
      { field: 'tenancy', value: 'Shared' },
      { field: 'preInstalledSw', value: 'NA' },
      { field: 'capacitystatus', value: 'Used' },
      { field: 'licenseModel', value: 'No License required' },
    ],
  }),
  /** `cacheEngine`: Redis, Valkey or Memcached. */
  elastiCacheNode: (region: string, nodeType: string, cacheEngine: string): PriceRequest => ({
    serviceCode: 'AmazonElastiCache',
    filters: [
      { field: 'regionCode', value: region },
      { field: 'instanceType', value: nodeType },
      { field: 'cacheEngine', value: cacheEngine },
      { field: 'productFamily', value: 'Cache Instance' },
    ],
  }),
  /** A provisioned cluster's node (`ra3.xlplus`, `dc2.large`…); concurrency scaling is another family. */
  redshiftNode: (region: string, nodeType: string): PriceRequest => ({
    serviceCode: 'AmazonRedshift',
    filters: [
      { field: 'regionCode', value: region },
      { field: 'productFamily', value: 'Compute Instance' },
      { field: 'instanceType', value: nodeType },
    ],
  }),
  /** A domain's instance, as the Price List names it (`r6g.large.search`: openSearchPriceType). */
  openSearchInstance: (region: string, instanceType: string): PriceRequest => ({
    serviceCode: 'AmazonES',
    filters: [
      { field: 'regionCode', value: region },
      { field: 'productFamily', value: 'Amazon OpenSearch Service Instance' },
      { field: 'instanceType', value: instanceType },
      { field: 'usagetype', value: 'ESInstance', type: 'CONTAINS' },
    ],
  }),
  rdsInstance: (
    region: string,
    instanceClass: string,
    engine: string,
    multiAz: boolean,
  ): PriceRequest => ({
    serviceCode: 'AmazonRDS',
    filters: [
      { field: 'regionCode', value: region },
      { field: 'instanceType', value: instanceClass },
      { field: 'databaseEngine', value: engine },
      { field: 'deploymentOption', value: multiAz ? 'Multi-AZ' : 'Single-AZ' },
      { field: 'productFamily', value: 'Database Instance' },
    ],
  }),
};

/**
 * Reads prices from the Price List API (`pricing:GetProducts`, us-east-1), each answer kept a day in
 * the tenant's cache and once per unit in memory: a second scan the same day asks nothing.
 */
export class PriceBook {
  readonly #memo = new Map<string, Promise<PricedProduct[]>>();

  constructor(
    private readonly deps: { clients: AwsClients; cache?: ResultCache; signal?: AbortSignal },
  ) {}

  products(request: PriceRequest): Promise<PricedProduct[]> {
    const key = `aws:pricing:${JSON.stringify(request)}`;
    let answer = this.#memo.get(key);
    if (!answer) {
      answer = this.#load(key, request);
      this.#memo.set(key, answer);
      answer.catch(() => this.#memo.delete(key));
    }
    return answer;
  }

  async #load(key: string, request: PriceRequest): Promise<PricedProduct[]> {
    const cached = await this.deps.cache?.get(key);
    if (Array.isArray(cached)) return cached as unknown as PricedProduct[];
    const { PricingClient, paginateGetProducts } = await import('@aws-sdk/client-pricing');
    const client = this.deps.clients.inRegion(PricingClient, PRICING_REGION);
    const filters: Filter[] = request.filters.map((f) => ({
      Type: f.type ?? 'TERM_MATCH',
      Field: f.field,
      Value: f.value,
    }));
    const products: PricedProduct[] = [];
    const pages = paginateGetProducts(
      { client, pageSize: 100 },
      { ServiceCode: request.serviceCode, Filters: filters, FormatVersion: 'aws_v1' },
      { abortSignal: this.deps.signal },
    );
    for await (const page of pages) {
      for (const item of page.PriceList ?? []) {
        const product = parsePriceListItem(item);
        if (product) products.push(product);
      }
      this.deps.signal?.throwIfAborted();
    }
    await this.deps.cache?.set(key, products as unknown as JsonValue, PRICE_CACHE_TTL_SECONDS);
    return products;
  }

  async ebsStorage(region: string): Promise<Map<string, number>> {
    return ebsStoragePrices(await this.products(priceRequests.ebsStorage(region)));
  }

  async snapshotStorage(region: string): Promise<number | undefined> {
    return snapshotStoragePrice(await this.products(priceRequests.snapshotStorage(region)));
  }

  async idleAddressHourly(region: string): Promise<number | undefined> {
    return idleAddressHourlyPrice(await this.products(priceRequests.idleAddress(region)));
  }

  async loadBalancerHourly(region: string, productFamily: string): Promise<number | undefined> {
    return loadBalancerHourlyPrice(
      await this.products(priceRequests.loadBalancer(region, productFamily)),
    );
  }

  async ec2InstanceHourly(region: string, instanceType: string): Promise<number | undefined> {
    return instanceHourlyPrice(
      await this.products(priceRequests.ec2Instance(region, instanceType)),
    );
  }

  async elastiCacheNodeHourly(
    region: string,
    nodeType: string,
    cacheEngine: string,
  ): Promise<number | undefined> {
    return instanceHourlyPrice(
      await this.products(priceRequests.elastiCacheNode(region, nodeType, cacheEngine)),
    );
  }

  async redshiftNodeHourly(region: string, nodeType: string): Promise<number | undefined> {
    return instanceHourlyPrice(await this.products(priceRequests.redshiftNode(region, nodeType)));
  }

  /** Accepts DescribeDomains' `….elasticsearch` names of Elasticsearch domains as well. */
  async openSearchInstanceHourly(
    region: string,
    instanceType: string,
  ): Promise<number | undefined> {
    return instanceHourlyPrice(
      await this.products(
        priceRequests.openSearchInstance(region, openSearchPriceType(instanceType)),
      ),
    );
  }

  /** undefined for engines whose price depends on a license (Oracle, SQL Server…). */
  async rdsInstanceHourly(
    region: string,
    instanceClass: string,
    engine: string,
    multiAz: boolean,
  ): Promise<number | undefined> {
    const priceEngine = RDS_PRICE_ENGINES[engine];
    if (priceEngine === undefined) return undefined;
    return instanceHourlyPrice(
      await this.products(priceRequests.rdsInstance(region, instanceClass, priceEngine, multiAz)),
    );
  }
}

/** Hourly prices by type (node or instance type), read only with options.cost and something to price. */
export type HourlyPrices = Read<Record<string, number>> | { state: 'not_requested' };

/**
 * The hourly price of each type an idle resource of the region has, with options.cost only: one
 * Price List listing per distinct type (usually one page), kept a day in the tenant's cache. A type
 * the Price List does not price fails the read (`PriceNotFound`) as a denied or failed
 * GetProducts does: nothing is then priced, and the region says why.
 */
export async function readHourlyPrices(
  ctx: AwsUnitContext,
  types: readonly string[],
  priceOf: (book: PriceBook, type: string) => Promise<number | undefined>,
): Promise<HourlyPrices> {
  const distinct = [...new Set(types)].sort();
  if (!ctx.options.cost || distinct.length === 0) return { state: 'not_requested' };
  const book = new PriceBook({ clients: ctx.clients, cache: ctx.cache, signal: ctx.signal });
  return guardedRead(ctx, 'pricing:GetProducts', async () => {
    const out: Record<string, number> = {};
    for (const type of distinct) {
      const hourlyUsd = await priceOf(book, type);
      if (hourlyUsd === undefined)
        throw Object.assign(new Error(`no on-demand price of ${type} in ${ctx.region}`), {
          name: 'PriceNotFound',
        });
      out[type] = hourlyUsd;
    }
    return out;
  });
}

/**
 * The region's `…pricing_unavailable` fact when the Price List could not be read (denied, failed,
 * or a type it does not price): {error_code, detail}; undefined when it was read or not asked.
 */
export function pricingUnavailableEvent(
  pricing: Read<unknown> | { state: 'not_requested' },
  scope: { service: string; region: string; accountId: string },
  metricType: string,
  unpriced: string,
): EventDraft | undefined {
  if (pricing.state === 'available' || pricing.state === 'not_requested') return undefined;
  return {
    resource_id: regionScopeId(scope.service, scope.region, scope.accountId),
    metric_type: metricType,
    metric_value: {
      error_code: pricing.errorCode,
      detail: `The AWS Price List API (pricing:GetProducts) could not be read; ${unpriced} are not priced.`,
    },
  };
}
