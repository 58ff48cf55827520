/** One project's bill, from the Cloud Billing BigQuery export, in our own compact types. */
import { scannerRef } from '../../../../core/index.js';

/** YYYY-MM → service description (`Compute Engine`) → USD. */
export type MonthlyByService = Record<string, Record<string, number>>;

interface Base {
  project: string;
}

export type BillingSnapshot = Base &
  (
    | { status: 'not_requested' }
    | { status: 'not_configured' }
    | {
        /** The export could not be read: the table, the dry run or the query failed. */
        status: 'unavailable';
        table: string;
        call: string;
        errorCode: string;
        message: string;
      }
    | {
        /** The dry run estimated more bytes than the cap: the query was not run. */
        status: 'over_cap';
        table: string;
        estimatedBytes: number;
        capBytes: number;
      }
    | {
        status: 'collected';
        table: string;
        /** Every month of the window, oldest first (the current one so far). */
        months: string[];
        byService: MonthlyByService;
        estimatedBytes: number;
        billedBytes: number;
        /** The answer came from the tenant's cache (no query this scan). */
        cached: boolean;
      }
  );

/** The billing scanner, as checks and readers name it. */
export const BILLING = scannerRef<BillingSnapshot>('gcp', 'billing');
