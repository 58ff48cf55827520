import type { JsonValue } from '../../../../core/index.js';
import type { AzureUnitContext } from '../../define-scanner.js';
import type { JsonObject } from '../../pipeline.js';
import { arr, num, obj, str } from '../rows.js';
import type { CostRow, CostSnapshot } from './model.js';

export const COST_PERMISSIONS = ['Microsoft.CostManagement/query/action'] as const;

/** Cost Management's throttling is tenant-wide and its figures settle daily: keep answers a day. */
const COST_TTL_SECONDS = 86_400;
const DEFAULT_MONTHS = 6;

function firstOfMonth(now: Date, monthsBack: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
}

export function costQueryBody(from: Date, to: Date): JsonObject {
  return {
    type: 'ActualCost',
    timeframe: 'Custom',
    timePeriod: { from: from.toISOString(), to: to.toISOString() },
    dataset: {
      granularity: 'Monthly',
      aggregation: {
        totalCost: { name: 'Cost', function: 'Sum' },
        totalCostUSD: { name: 'CostUSD', function: 'Sum' },
      },
      grouping: [
        { type: 'Dimension', name: 'ServiceName' },
        { type: 'Dimension', name: 'ResourceGroupName' },
      ],
    },
  };
}

/** Query answer (all pages) → rows in USD. */
export function mapCostAnswer(pages: readonly JsonObject[]): Omit<CostSnapshot, 'subscriptionId'> {
  const rows: CostRow[] = [];
  let unconvertedCurrency: string | undefined;
  for (const page of pages) {
    const p = obj(page.properties);
    const columns = arr(p.columns).map((c) => str(c.name) ?? '');
    const at = (name: string) => columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
    const [usdAt, costAt, monthAt, serviceAt, groupAt, currencyAt] = [
      at('CostUSD'),
      at('Cost'),
      at('BillingMonth'),
      at('ServiceName'),
      at('ResourceGroupName'),
      at('Currency'),
    ];
    for (const raw of Array.isArray(p.rows) ? (p.rows as unknown[][]) : []) {
      const currency = currencyAt >= 0 ? String(raw[currencyAt]) : 'USD';
      const usd = usdAt >= 0 ? num(raw[usdAt]) : currency === 'USD' ? num(raw[costAt]) : undefined;
      if (usd === undefined) {
        unconvertedCurrency = currency;
        continue;
      }
      const month = String(raw[monthAt] ?? '').slice(0, 7);
      rows.push({
        month,
        service: String(raw[serviceAt] ?? '') || 'unassigned',
        resourceGroup: (String(raw[groupAt] ?? '') || 'unassigned').toLowerCase(),
        usd,
      });
    }
  }
  return { rows, ...(unconvertedCurrency ? { unconvertedCurrency } : {}) };
}

/** Monthly actual cost by service and resource group, one query (and its pages), cached a day. */
export async function collectCostSnapshot(ctx: AzureUnitContext): Promise<CostSnapshot> {
  const now = ctx.clock.now();
  const months = ctx.options.cost_months ?? DEFAULT_MONTHS;
  const from = firstOfMonth(now, months - 1);
  const key = `azure:cost:${ctx.accountId}:${from.toISOString().slice(0, 10)}:${now.toISOString().slice(0, 10)}`;
  const cached = await ctx.cache?.get(key);
  if (cached && typeof cached === 'object' && !Array.isArray(cached)) {
    return {
      subscriptionId: ctx.accountId,
      ...(cached as unknown as Omit<CostSnapshot, 'subscriptionId'>),
    };
  }
  const body = costQueryBody(from, now);
  const pages: JsonObject[] = [];
  let answer = await ctx.clients.costQuery(body, ctx.signal);
  pages.push(answer);
  let next = str(obj(answer.properties).nextLink);
  while (next) {
    answer = await ctx.clients.costQuery(body, ctx.signal, next);
    pages.push(answer);
    next = str(obj(answer.properties).nextLink);
  }
  const mapped = mapCostAnswer(pages);
  await ctx.cache?.set(key, mapped as unknown as JsonValue, COST_TTL_SECONDS);
  return { subscriptionId: ctx.accountId, ...mapped };
}
