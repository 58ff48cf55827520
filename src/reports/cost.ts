import type { CbpEvent, JsonValue, MetricDefinition } from '../core/index.js';
import { lastSegmentOf } from './resource-name.js';

/**
 * Reads the cost dimension from cost events by the **role** their metric declares in the catalogue
 * (`MetricDefinition.role`), whatever provider or service emitted them — never from their names:
 *
 * - `monthly_cost` without a dimension: the account's cost per month; with one (`service`…): the
 *   cost per month of the resource it is on, as one value of that dimension (keyed by the last
 *   segment of its id, decoded);
 * - `monthly_cost_by_dimension`: `month → key → amount` (or `key → month → amount`) in its dimension;
 * - `forecast_cost`: `month → {mean…}` (or a number) → the forecast;
 * - `waste`: a number, or an object with `usd` (and a `reason`) → waste, ranked by dollars;
 * - `unavailable` (in the cost category): why waste could not be priced.
 *
 * Daily series, settings and anything without a role are left to the inventory.
 */

/** What a metric means to the report: its catalogue role and dimension. */
export type RoleOf = (
  metricType: string,
) => Pick<MetricDefinition, 'role' | 'dimension'> | undefined;

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
  /** Breakdowns by the providers' other dimensions (`project`, `resource_group`…). */
  by_dimension: Record<string, CostAmount[]>;
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
    for (const key of ['usd', 'mean']) {
      const field = value[key];
      if (typeof field === 'number' && Number.isFinite(field)) return field;
    }
  }
  return null;
}

/** The dimensions the report breaks cost down by; others (projects, resource groups…) go to `by_dimension`. */
type Dimension = string;

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
  readonly #byDimension = new Map<Dimension, Map<string, number>>();
  readonly #waste: WasteItem[] = [];
  /** Why each resource is waste, from its `waste_detail` fact, for figures that say no reason. */
  readonly #wasteReasons = new Map<string, string>();
  /** Why waste could not be priced, per metric (`…pricing_unavailable`). */
  readonly #unpriced = new Map<string, string>();
  #forecast: number | null = null;
  #hasData = false;

  constructor(private readonly roleOf: RoleOf) {}

  add(event: CbpEvent): void {
    if (event.category !== 'cost') return;
    const meaning = this.roleOf(event.metric_type);
    const value = event.metric_value;
    switch (meaning?.role) {
      case 'unavailable': {
        const detail =
          isRecord(value) && typeof value['detail'] === 'string' ? value['detail'] : '';
        const code =
          isRecord(value) && typeof value['error_code'] === 'string' ? value['error_code'] : '';
        const reason = `${event.service} ${event.region}: ${detail || 'prices could not be read'}${code ? ` (${code})` : ''}`;
        this.#unpriced.set(`${event.metric_type} ${event.region}`, reason);
        return;
      }
      case 'waste': {
        const usd = amountOf(value);
        if (usd === null) return;
        this.#hasData = true;
        if (usd <= 0) return;
        const reason =
          isRecord(value) && typeof value['reason'] === 'string' ? value['reason'] : '';
        this.#waste.push({
          resource_id: event.resource_id,
          metric_type: event.metric_type,
          service: event.service,
          region: event.region,
          account_id: event.account_id,
          usd,
          reason,
        });
        return;
      }
      case 'waste_detail': {
        if (isRecord(value) && typeof value['reason'] === 'string')
          this.#wasteReasons.set(event.resource_id, value['reason'].replace(/_/g, ' '));
        return;
      }
      case 'forecast_cost': {
        const amounts = isRecord(value) ? Object.values(value).map(amountOf) : [amountOf(value)];
        const known = amounts.filter((usd): usd is number => usd !== null);
        if (known.length === 0) return;
        this.#forecast = (this.#forecast ?? 0) + known.reduce((a, b) => a + b, 0);
        this.#hasData = true;
        return;
      }
      case 'monthly_cost': {
        const series = monthSeries(value);
        if (series === null) return;
        this.#hasData = true;
        if (meaning.dimension === undefined) {
          for (const [month, usd] of Object.entries(series)) add(this.#monthTotals, month, usd);
        } else {
          this.#addBreakdown(meaning.dimension, lastSegmentOf(event.resource_id), series);
        }
        return;
      }
      case 'monthly_cost_by_dimension': {
        if (!isRecord(value) || meaning.dimension === undefined) return;
        for (const [outer, inner] of Object.entries(value)) {
          if (!isRecord(inner)) continue;
          for (const [key, usd] of Object.entries(inner)) {
            if (typeof usd !== 'number' || !Number.isFinite(usd)) continue;
            this.#hasData = true;
            // Month first (`2026-10 → eu-west-1 → 12.5`) as the catalogue describes, or key first.
            const [month, name] = MONTH.test(outer) ? [outer, key] : [key, outer];
            this.#addBreakdown(meaning.dimension, name, { [month]: usd });
          }
        }
        return;
      }
      default:
        return;
    }
  }

  #addBreakdown(dimension: Dimension, key: string, series: Record<string, number>) {
    const target = this.#byDimension.get(dimension) ?? new Map<string, number>();
    this.#byDimension.set(dimension, target);
    for (const [month, usd] of Object.entries(series)) {
      add(target, key, usd);
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
    const waste = this.#waste
      .map((item) =>
        item.reason ? item : { ...item, reason: this.#wasteReasons.get(item.resource_id) ?? '' },
      )
      .sort((a, b) => b.usd - a.usd || a.resource_id.localeCompare(b.resource_id));
    const wasteByService = new Map<string, number>();
    const wasteByRegion = new Map<string, number>();
    for (const item of waste) {
      add(wasteByService, item.service, item.usd);
      add(wasteByRegion, item.region, item.usd);
    }
    return {
      currency: 'USD',
      months,
      by_service: ranked(this.#byDimension.get('service') ?? new Map()),
      by_region: ranked(this.#byDimension.get('region') ?? new Map()),
      by_account: ranked(this.#byDimension.get('account') ?? new Map()),
      by_dimension: Object.fromEntries(
        [...this.#byDimension.entries()]
          .filter(([dimension]) => !['service', 'region', 'account'].includes(dimension))
          .map(([dimension, amounts]) => [dimension, ranked(amounts)]),
      ),
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
