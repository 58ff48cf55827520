import { defineAwsScanner } from '../../define-scanner.js';
import { COST_PERMISSIONS } from './permissions.js';
import { extractCost } from './extract.js';
import { COST_METRICS } from './metrics.js';

/**
 * The account's bill from Cost Explorer: monthly and daily costs by service, region and (in a
 * management account) member account, the month's forecast and EC2 rightsizing. Cost Explorer is
 * paid per request, so nothing is asked unless the scan has options.cost, and answers are cached
 * a day.
 */
export const costScanner = defineAwsScanner({
  service: 'cost',
  title: 'AWS Cost Explorer',
  scope: 'global',
  metrics: COST_METRICS,
  permissions: COST_PERMISSIONS,
  metricServices: ['account', 'service'],
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectCost(ctx),
  extract: (snapshot, ctx) => extractCost(snapshot, { accountId: ctx.accountId }),
});
