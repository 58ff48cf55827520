import type { Read, ReadFailure } from '../../read.js';

/** Cost Explorer data of one account, in our own compact types. Amounts are in `currency`. */

export type { Read, ReadFailure };

export type Amounts = Record<string, number>;

export interface RightsizingRecommendation {
  accountId?: string;
  instanceId: string;
  /** Cost Explorer's location name, e.g. "EU (Ireland)". */
  region?: string;
  currentType?: string;
  /** TERMINATE or MODIFY. */
  action: string;
  targetType?: string;
  estimatedMonthlySavings: number;
}

export interface RightsizingData {
  recommendations: RightsizingRecommendation[];
  totalSavings: number;
}

/** Rightsizing recommendations; not enabled or denied, the costs still stand. */
export type Rightsizing = Read<RightsizingData>;

export interface ForecastData {
  month: string;
  mean: number;
  lower?: number;
  upper?: number;
}

export type Forecast = Read<ForecastData>;

/** Monthly costs grouped by service and region (one GetCostAndUsage request). */
export interface MonthlyCosts {
  /** month (YYYY-MM) → total. */
  total: Amounts;
  /** service → month → amount. */
  byService: Record<string, Amounts>;
  /** month → region → amount. */
  byRegion: Record<string, Amounts>;
  /** service → month → region → amount. */
  byServiceRegion: Record<string, Record<string, Amounts>>;
  /** Months whose figures Cost Explorer still estimates (the current one). */
  estimated: string[];
  currency: string;
}

/** Daily costs grouped by service. */
export interface DailyCosts {
  /** day (YYYY-MM-DD) → total. */
  total: Amounts;
  /** service → day → amount. */
  byService: Record<string, Amounts>;
  currency: string;
}

export interface CostData {
  monthly: MonthlyCosts;
  daily: DailyCosts;
  /** month → linked account → amount; only in an organization's management account. */
  byLinkedAccount?: Record<string, Amounts>;
  forecast: Forecast;
  rightsizing: Rightsizing;
}

export type CostSnapshot =
  | { status: 'not_requested' }
  | { status: 'unavailable'; errorCode: string; message: string }
  | {
      status: 'collected';
      /** True in an organization's management account (costs per linked account). */
      management: boolean;
      /** Requests answered from the cache (no charge) and sent to Cost Explorer (charged). */
      cachedRequests: number;
      paidRequests: number;
      data: CostData;
    };
