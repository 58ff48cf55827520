import {
  GLOBAL_REGION,
  metric,
  type ApiCostMeter,
  type EventDraft,
  type MetricDefinition,
} from '../../core/index.js';
import { arn, regionScopeId } from './arn.js';

export const SCAN_COST_METRIC = {
  apiCostUsd: 'aws.cost.account.scan_api_cost_usd',
  paidApiCalls: 'aws.cost.account.scan_paid_api_calls',
} as const;

/** Declared by every AWS scanner: any unit may make paid calls. */
export const SCAN_COST_METRICS: readonly MetricDefinition[] = [
  metric(
    SCAN_COST_METRIC.apiCostUsd,
    'number',
    "What this scan's paid API calls in this service and region cost (Cost Explorer USD 0.01 per request and page, CloudWatch GetMetricData USD 0.01 per 1,000 metrics requested); emitted by units that made paid calls, on the unit's region (or account) resource. The scan's total is the scan record's api_cost_usd.",
    'USD',
  ),
  metric(
    SCAN_COST_METRIC.paidApiCalls,
    'object',
    'The paid API calls behind scan_api_cost_usd: `service:Operation` → {requests, units, usd} (units: metrics requested, for GetMetricData).',
  ),
];

/** The unit's own cost, once its events are out: nothing when it made no paid call. */
export function* scanCostEvents(
  meter: ApiCostMeter | undefined,
  scope: { service: string; region: string; accountId: string },
): Generator<EventDraft> {
  if (meter === undefined || meter.requests === 0) return;
  const resourceId =
    scope.region === GLOBAL_REGION
      ? arn(scope.service, '', scope.accountId, 'account')
      : regionScopeId(scope.service, scope.region, scope.accountId);
  yield {
    resource_id: resourceId,
    metric_type: SCAN_COST_METRIC.apiCostUsd,
    metric_value: meter.usd,
  };
  yield {
    resource_id: resourceId,
    metric_type: SCAN_COST_METRIC.paidApiCalls,
    metric_value: Object.fromEntries(
      Object.entries(meter.breakdown()).map(([call, u]) => [
        call,
        { requests: u.requests, units: u.units, usd: u.usd },
      ]),
    ),
  };
}
