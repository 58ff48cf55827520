import type { CbpEvent, JsonValue } from '../core/index.js';

/**
 * Reads the cost dimension from `<provider>.cost.*` events, whatever service emitted them:
 *
 * - month series `{"2026-10": 1234.5, …}` on `*.account.*monthly_cost_usd*` → cost per month;
 * - breakdowns named `…by_service…` / `…by_region…` (or emitted under the `service` / `region`
 *   scope): `{key: usd}` or `{key: {"2026-10": usd}}`, or a number / month series whose resource id
 *   ends with the key;
 * - `*.estimated_monthly_waste_usd` on a resource: a number, or an object with `usd` (and a
 *   `reason`) → waste, ranked by dollars;
 * - `*forecast*_usd` numbers → the forecast.
 *
 * Anything else in the cost category (settings such as lifecycle rules) is left to the inventory.
 */

export interface CostAmount {
  name: string;
  usd: number;
}

export interface WasteItem {
  resource_id: string;
  metric_type: string;
  service: string;
  region: string;
  account_id: string;
  usd: number;
  reason: string;
}

export interface CostSummary {
  currency: 'USD';
  /** Months in order, with the total and (when reported) the split by service. */
  months: { month: string; total_usd: number; by_service: Record<string, number> }[];
  by_service: CostAmount[];
  by_region: CostAmount[];
  by_account: CostAmount[];
  forecast_usd: number | null;
  waste: WasteItem[];
  waste_total_usd: number;
  waste_by_service: CostAmount[];
  waste_by_region: CostAmount[];
  /** False when the scan holds no cost figure at all (cost collection is opt-in). */
  has_data: boolean;
  /**
   * `estimated`: `waste` lists every dollar estimate the scan made (none is then "no waste found");
   * `unknown`: the scan could not put a price on waste, `waste_unknown_reasons` say why.
   */
  waste_status: 'estimated' | 'unknown';
  waste_unknown_reasons: string[];
}

const MONTH = /^\d{4}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function monthSeries(value: unknown): Record<string, number> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length === 0) return null;
  const out: Record<string, number> = {};
  for (const [key, amount] of entries) {
    if (!MONTH.test(key) || typeof amount !== 'number' || !Number.isFinite(amount)) return null;
    out[key] = amount;
  }
  return out;
}

function amountOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (isRecord(value)) {
    for (const key of ['usd', 'amount_usd', 'monthly_usd', 'amount', 'value']) {
      const field = value[key];
      if (typeof field === 'number' && Number.isFinite(field)) return field;
    }
  }
  return null;
}

/** The last segment of a resource id, decoded: `…:service/Amazon%20S3` → `Amazon S3`. */
function keyOfResource(resourceId: string): string {
  const tail = resourceId.split(/[/:]/).filter(Boolean);
  const key = tail[tail.length - 1] ?? resourceId;
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day series `{"2026-11-01": 12.5, …}`: a trend, not a breakdown (its keys are dates). */
function isDailySeries(metricType: string, value: unknown): boolean {
  if (/daily/.test(metricType)) return true;
  return (
    isRecord(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => DAY.test(k))
  );
}

type Dimension = 'total' | 'service' | 'region' | 'account';

function dimensionOf(metricType: string): Dimension | null {
  const [, , scope = '', ...rest] = metricType.split('.');
  const name = rest.join('.');
  if (/by_service/.test(name)) return 'service';
  if (/by_region/.test(name)) return 'region';
  if (/by_(linked_)?account/.test(name)) return 'account';
  if (scope === 'service') return 'service';
  if (scope === 'region') return 'region';
  if (scope === 'account' && /cost_usd/.test(name)) return 'total';
  return null;
}

function add(map: Map<string, number>, key: string, usd: number): void {
  map.set(key, (map.get(key) ?? 0) + usd);
}

function ranked(map: Map<string, number>): CostAmount[] {
  return [...map.entries()]
    .map(([name, usd]) => ({ name, usd: round(usd) }))
    .sort((a, b) => b.usd - a.usd || a.name.localeCompare(b.name));
}

export function round(usd: number): number {
  return Math.round(usd * 100) / 100;
}

export class CostAccumulator {
  readonly #monthTotals = new Map<string, number>();
  readonly #monthByService = new Map<string, Map<string, number>>();
  readonly #byDimension: Record<'service' | 'region' | 'account', Map<string, number>> = {
    service: new Map(),
    region: new Map(),
    account: new Map(),
  };
  readonly #waste: WasteItem[] = [];
  /** Why waste could not be priced, per metric (`…pricing_unavailable`). */
  readonly #unpriced = new Map<string, string>();
  #forecast: number | null = null;
  #hasData = false;

  add(event: CbpEvent): void {
    if (event.category !== 'cost') return;
    const metric = event.metric_type;
    const value = event.metric_value;
    if (metric.endsWith('pricing_unavailable')) {
      const detail = isRecord(value) && typeof value['detail'] === 'string' ? value['detail'] : '';
      const code =
        isRecord(value) && typeof value['error_code'] === 'string' ? value['error_code'] : '';
      const reason = `${event.service} ${event.region}: ${detail || 'prices could not be read'}${code ? ` (${code})` : ''}`;
      this.#unpriced.set(`${metric} ${event.region}`, reason);
      return;
    }
    if (isDailySeries(metric, value)) return;
    if (metric.endsWith('estimated_monthly_waste_usd')) {
      const usd = amountOf(value);
      if (usd === null) return;
      this.#hasData = true;
      if (usd <= 0) return;
      const reason = isRecord(value) && typeof value['reason'] === 'string' ? value['reason'] : '';
      this.#waste.push({
        resource_id: event.resource_id,
        metric_type: metric,
        service: event.service,
        region: event.region,
        account_id: event.account_id,
        usd,
        reason,
      });
      return;
    }
    if (/forecast/.test(metric)) {
      const usd = amountOf(value);
      if (usd !== null) {
        this.#forecast = (this.#forecast ?? 0) + usd;
        this.#hasData = true;
      }
      return;
    }
    const dimension = dimensionOf(metric);
    if (dimension === null) return;
    if (dimension === 'total') {
      const series = monthSeries(value);
      if (series === null) return;
      this.#hasData = true;
      for (const [month, usd] of Object.entries(series)) add(this.#monthTotals, month, usd);
      return;
    }
    const target = this.#byDimension[dimension];
    const series = monthSeries(value);
    const single = amountOf(value);
    if (series !== null || (single !== null && !isRecord(value))) {
      const key = keyOfResource(event.resource_id);
      this.#hasData = true;
      if (series) this.#addBreakdown(dimension, key, series);
      else add(target, key, single!);
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, entry] of Object.entries(value)) {
      const nested = monthSeries(entry);
      if (nested) {
        this.#hasData = true;
        this.#addBreakdown(dimension, key, nested);
      } else if (typeof entry === 'number' && Number.isFinite(entry)) {
        this.#hasData = true;
        add(target, key, entry);
      }
    }
  }

  #addBreakdown(
    dimension: 'service' | 'region' | 'account',
    key: string,
    series: Record<string, number>,
  ) {
    for (const [month, usd] of Object.entries(series)) {
      add(this.#byDimension[dimension], key, usd);
      if (dimension === 'service') {
        const perMonth = this.#monthByService.get(month) ?? new Map<string, number>();
        add(perMonth, key, usd);
        this.#monthByService.set(month, perMonth);
      }
    }
  }

  /** `costRequested`: whether the scan asked for cost (waste is priced only then). */
  result(costRequested = true): CostSummary {
    const months = [...new Set([...this.#monthTotals.keys(), ...this.#monthByService.keys()])]
      .sort()
      .map((month) => {
        const split = this.#monthByService.get(month);
        const splitTotal = split ? [...split.values()].reduce((a, b) => a + b, 0) : 0;
        return {
          month,
          total_usd: round(this.#monthTotals.get(month) ?? splitTotal),
          by_service: Object.fromEntries(
            [...(split ?? new Map<string, number>()).entries()].map(([k, v]) => [k, round(v)]),
          ),
        };
      });
    const waste = [...this.#waste].sort(
      (a, b) => b.usd - a.usd || a.resource_id.localeCompare(b.resource_id),
    );
    const wasteByService = new Map<string, number>();
    const wasteByRegion = new Map<string, number>();
    for (const item of waste) {
      add(wasteByService, item.service, item.usd);
      add(wasteByRegion, item.region, item.usd);
    }
    return {
      currency: 'USD',
      months,
      by_service: ranked(this.#byDimension.service),
      by_region: ranked(this.#byDimension.region),
      by_account: ranked(this.#byDimension.account),
      forecast_usd: this.#forecast === null ? null : round(this.#forecast),
      waste: waste.map((item) => ({ ...item, usd: round(item.usd) })),
      waste_total_usd: round(waste.reduce((sum, item) => sum + item.usd, 0)),
      waste_by_service: ranked(wasteByService),
      waste_by_region: ranked(wasteByRegion),
      has_data: this.#hasData,
      ...this.#wasteStatus(costRequested),
    };
  }

  #wasteStatus(
    costRequested: boolean,
  ): Pick<CostSummary, 'waste_status' | 'waste_unknown_reasons'> {
    const reasons = [...this.#unpriced.values()].sort();
    if (!costRequested) {
      reasons.unshift(
        'the scan did not collect cost (options.cost / --cost): waste is priced only when it does',
      );
    }
    return {
      waste_status: reasons.length > 0 ? 'unknown' : 'estimated',
      waste_unknown_reasons: reasons,
    };
  }
}
