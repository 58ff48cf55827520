import { defineGcpScanner } from '../../define-scanner.js';
import { BILLING_PERMISSIONS, collectBilling } from './collector.js';
import { extractBilling } from './extract.js';
import { BILLING_METRIC } from './metrics.js';

/**
 * The project's bill from the Cloud Billing BigQuery export: monthly cost by service. The query
 * is billed by the bytes it scans, so nothing is asked unless the scan has options.cost and a
 * billing_export_table; a dry run comes first and a cap bounds it; answers are cached a day.
 */
export const billingScanner = defineGcpScanner({
  service: 'billing',
  title: 'Cloud Billing export (BigQuery)',
  metrics: BILLING_METRIC.definitions,
  metricServices: ['project'],
  permissions: BILLING_PERMISSIONS,
  paidCalls: true,
  collect: collectBilling,
  extract: extractBilling,
});
