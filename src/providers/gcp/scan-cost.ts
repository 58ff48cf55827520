import {
  metric,
  type ApiCostMeter,
  type EventDraft,
  type MetricDefinition,
} from '../../core/index.js';
import { projectId } from './ids.js';

export const GCP_SCAN_COST_METRIC = {
  apiCostUsd: 'gcp.cost.project.scan_api_cost_usd',
  paidApiCalls: 'gcp.cost.project.scan_paid_api_calls',
} as const;

/** Declared by the GCP scanners whose collector pays for its reads (BigQuery's bytes scanned). */
export const GCP_SCAN_COST_METRICS: readonly MetricDefinition[] = [
  metric(
    GCP_SCAN_COST_METRIC.apiCostUsd,
    'number',
    "What this scan's paid reads in the project cost (BigQuery on-demand queries of the billing export: USD 6.25 per TiB billed, 10 MiB minimum per query); emitted by units that made paid calls, on the project. The scan's total is the scan record's api_cost_usd.",
    'USD',
  ),
  metric(
    GCP_SCAN_COST_METRIC.paidApiCalls,
    'object',
    'The paid calls behind scan_api_cost_usd: `service:operation` → {requests, units, usd} (units: bytes billed, for BigQuery queries).',
  ),
];

/** The unit's own cost, once its events are out: nothing when it made no paid call. */
export function* gcpScanCostEvents(
  meter: ApiCostMeter | undefined,
  project: string,
): Generator<EventDraft> {
  if (meter === undefined || meter.requests === 0) return;
  const resource_id = projectId(project);
  yield { resource_id, metric_type: GCP_SCAN_COST_METRIC.apiCostUsd, metric_value: meter.usd };
  yield {
    resource_id,
    metric_type: GCP_SCAN_COST_METRIC.paidApiCalls,
    metric_value: Object.fromEntries(
      Object.entries(meter.breakdown()).map(([call, u]) => [
        call,
        { requests: u.requests, units: u.units, usd: u.usd },
      ]),
    ),
  };
}
