/** One subscription's monthly cost by service and resource group (Cost Management). */
import { scannerRef } from '../../../../core/index.js';

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

/** The Cost Management scanner, as its checks name it. */
export const COST = scannerRef<CostSnapshot>('azure', 'cost');
