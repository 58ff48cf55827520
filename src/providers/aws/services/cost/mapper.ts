import type {
  GetCostForecastResponse,
  ResultByTime,
  RightsizingRecommendation as SdkRecommendation,
} from '@aws-sdk/client-cost-explorer';
import type {
  Amounts,
  DailyCosts,
  ForecastData,
  MonthlyCosts,
  RightsizingRecommendation,
} from './model.js';

/** The cost metric asked for: what the bill shows before credits are amortized. */
export const CE_COST_METRIC = 'UnblendedCost';

const cents = (value: number): number => Math.round(value * 100) / 100;

function roundAll(amounts: Amounts): Amounts {
  return Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, cents(v)]));
}

function add(amounts: Amounts, key: string, value: number): void {
  amounts[key] = (amounts[key] ?? 0) + value;
}

function amountOf(metrics: Record<string, { Amount?: string; Unit?: string }> | undefined) {
  const metric = metrics?.[CE_COST_METRIC];
  const amount = Number(metric?.Amount ?? 0);
  return { amount: Number.isFinite(amount) ? amount : 0, unit: metric?.Unit };
}

const periodOf = (result: ResultByTime, length: 7 | 10): string | undefined =>
  result.TimePeriod?.Start?.slice(0, length);

/**
 * Folds monthly results grouped by [SERVICE, REGION] (every page) into totals per month, per service
 * and per region: one request serves the three views.
 */
export function foldMonthly(results: readonly ResultByTime[]): MonthlyCosts {
  const total: Amounts = {};
  const byService: Record<string, Amounts> = {};
  const byRegion: Record<string, Amounts> = {};
  const byServiceRegion: Record<string, Record<string, Amounts>> = {};
  const estimated = new Set<string>();
  let currency = 'USD';
  for (const result of results) {
    const month = periodOf(result, 7);
    if (month === undefined) continue;
    total[month] ??= 0;
    if (result.Estimated) estimated.add(month);
    for (const group of result.Groups ?? []) {
      const [service = 'unknown', region = 'unknown'] = group.Keys ?? [];
      const { amount, unit } = amountOf(group.Metrics);
      if (unit) currency = unit;
      add(total, month, amount);
      add((byService[service] ??= {}), month, amount);
      add((byRegion[month] ??= {}), region, amount);
      add(((byServiceRegion[service] ??= {})[month] ??= {}), region, amount);
    }
  }
  return {
    total: roundAll(total),
    byService: Object.fromEntries(
      Object.entries(byService).map(([service, amounts]) => [service, roundAll(amounts)]),
    ),
    byRegion: Object.fromEntries(
      Object.entries(byRegion).map(([month, amounts]) => [month, roundAll(amounts)]),
    ),
    byServiceRegion: Object.fromEntries(
      Object.entries(byServiceRegion).map(([service, months]) => [
        service,
        Object.fromEntries(
          Object.entries(months).map(([month, amounts]) => [month, roundAll(amounts)]),
        ),
      ]),
    ),
    estimated: [...estimated].sort(),
    currency,
  };
}

/** Folds daily results grouped by [SERVICE] into totals per day and per service. */
export function foldDaily(results: readonly ResultByTime[]): DailyCosts {
  const total: Amounts = {};
  const byService: Record<string, Amounts> = {};
  let currency = 'USD';
  for (const result of results) {
    const day = periodOf(result, 10);
    if (day === undefined) continue;
    total[day] ??= 0;
    for (const group of result.Groups ?? []) {
      const service = group.Keys?.[0] ?? 'unknown';
      const { amount, unit } = amountOf(group.Metrics);
      if (unit) currency = unit;
      add(total, day, amount);
      add((byService[service] ??= {}), day, amount);
    }
  }
  return {
    total: roundAll(total),
    byService: Object.fromEntries(
      Object.entries(byService).map(([service, amounts]) => [service, roundAll(amounts)]),
    ),
    currency,
  };
}

/** month → linked account → amount, from monthly results grouped by [LINKED_ACCOUNT]. */
export function foldLinkedAccounts(results: readonly ResultByTime[]): Record<string, Amounts> {
  const out: Record<string, Amounts> = {};
  for (const result of results) {
    const month = periodOf(result, 7);
    if (month === undefined) continue;
    const accounts = (out[month] ??= {});
    for (const group of result.Groups ?? []) {
      const account = group.Keys?.[0];
      if (account) add(accounts, account, amountOf(group.Metrics).amount);
    }
  }
  return Object.fromEntries(
    Object.entries(out).map(([month, amounts]) => [month, roundAll(amounts)]),
  );
}

function optionalNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? cents(value) : undefined;
}

export function mapForecast(response: GetCostForecastResponse, month: string): ForecastData {
  const result = response.ForecastResultsByTime?.[0];
  const mean = optionalNumber(response.Total?.Amount ?? result?.MeanValue) ?? 0;
  const lower = optionalNumber(result?.PredictionIntervalLowerBound);
  const upper = optionalNumber(result?.PredictionIntervalUpperBound);
  return {
    month,
    mean,
    ...(lower !== undefined ? { lower } : {}),
    ...(upper !== undefined ? { upper } : {}),
  };
}

export function mapRecommendation(raw: SdkRecommendation): RightsizingRecommendation | undefined {
  const instanceId = raw.CurrentInstance?.ResourceId;
  if (!instanceId) return undefined;
  const current = raw.CurrentInstance?.ResourceDetails?.EC2ResourceDetails;
  const targets = raw.ModifyRecommendationDetail?.TargetInstances ?? [];
  const target = targets.find((t) => t.DefaultTargetInstance) ?? targets[0];
  const savings =
    raw.RightsizingType === 'TERMINATE'
      ? raw.TerminateRecommendationDetail?.EstimatedMonthlySavings
      : target?.EstimatedMonthlySavings;
  const targetType = target?.ResourceDetails?.EC2ResourceDetails?.InstanceType;
  return {
    ...(raw.AccountId ? { accountId: raw.AccountId } : {}),
    instanceId,
    ...(current?.Region ? { region: current.Region } : {}),
    ...(current?.InstanceType ? { currentType: current.InstanceType } : {}),
    action: raw.RightsizingType ?? 'UNKNOWN',
    ...(raw.RightsizingType !== 'TERMINATE' && targetType ? { targetType } : {}),
    estimatedMonthlySavings: optionalNumber(savings) ?? 0,
  };
}
