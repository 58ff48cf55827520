import type { JsonValue } from '../../core/index.js';
import type { GcpUnitContext } from './define-scanner.js';
import {
  addSkus,
  COMPUTE_ENGINE_SERVICE_ID,
  emptyPriceTable,
  type PriceTable,
  type SkuPage,
} from './pricing.js';
import { guardedRead, type Read } from './read.js';

/** The REST method, as a read failure names it. */
export const CATALOG_CALL = 'cloudbilling.services.skus.list';
/** List prices change a few times a year: the folded table is kept a day in the tenant's cache. */
export const CATALOG_TTL_SECONDS = 86_400;
/** The largest page `services.skus.list` serves. */
const PAGE_SIZE = 5000;
const CURRENCY = 'USD';

export interface CatalogAnswer {
  table: PriceTable;
  /** Pages read this scan (0 when the table came from the cache). */
  pages: number;
  cached: boolean;
}

function isPriceTable(value: unknown): value is PriceTable {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PriceTable).compute === 'object' &&
    typeof (value as PriceTable).disks === 'object'
  );
}

/**
 * Every page of Compute Engine's public SKUs in USD, each folded into the price table as it
 * arrives (a page holds up to 5,000 SKUs; only the few hundred the estimates read are kept).
 */
async function readComputeCatalog(ctx: GcpUnitContext): Promise<CatalogAnswer> {
  const key = `gcp:billing-catalog:${COMPUTE_ENGINE_SERVICE_ID}:${CURRENCY}`;
  const hit = await ctx.cache?.get(key);
  if (isPriceTable(hit)) return { table: hit, pages: 0, cached: true };
  const table = emptyPriceTable();
  let pages = 0;
  for await (const page of ctx.clients.pages<SkuPage>(
    {
      api: 'cloudbilling',
      operation: 'services.skus.list',
      path: `v1/services/${COMPUTE_ENGINE_SERVICE_ID}/skus`,
      query: { currencyCode: CURRENCY, pageSize: PAGE_SIZE },
    },
    ctx.signal,
  )) {
    addSkus(table, page.skus ?? []);
    pages += 1;
  }
  await ctx.cache?.set(key, table as unknown as JsonValue, CATALOG_TTL_SECONDS);
  return { table, pages, cached: false };
}

const isAbort = (error: unknown) =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/**
 * Compute Engine's on-demand prices from the Cloud Billing Catalog: read once per scan (every
 * project's unit awaits the same read) and per day (the tenant's cache). The catalogue is public:
 * any authenticated principal may list it, no IAM permission is needed, but the Cloud Billing API
 * must be enabled on the credentials' quota project. A failure is a recorded read, never a zero
 * price.
 */
export function computeCatalog(ctx: GcpUnitContext): Promise<Read<CatalogAnswer>> {
  return guardedRead(ctx, CATALOG_CALL, async () => {
    const load = () =>
      ctx.clients.shared(`billing-catalog:${COMPUTE_ENGINE_SERVICE_ID}:${CURRENCY}`, () =>
        readComputeCatalog(ctx),
      );
    try {
      return await load();
    } catch (error) {
      // The unit that started the shared read was cancelled: this one reads for itself.
      if (!ctx.signal.aborted && isAbort(error)) return await load();
      throw error;
    }
  });
}
