/** One subscription's monthly cost by service and resource group (Cost Management). */

export interface CostRow {
  /** `YYYY-MM`. */
  month: string;
  service: string;
  resourceGroup: string;
  usd: number;
}

export interface CostSnapshot {
  subscriptionId: string;
  rows: CostRow[];
  /** Billing currency, when the answer had no USD column and was not in USD (rows then empty). */
  unconvertedCurrency?: string;
}
