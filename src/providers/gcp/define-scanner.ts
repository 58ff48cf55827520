import {
  defineScanner,
  type CloudScanner,
  type ScannerDefinition,
  type UnitContext,
} from '../../core/index.js';
import type { GcpClients } from './clients.js';
import { GCP_SCAN_COST_METRICS, gcpScanCostEvents } from './scan-cost.js';

export type GcpUnitContext = UnitContext<GcpClients>;

export interface GcpScannerDefinition<Snapshot> extends Omit<
  ScannerDefinition<Snapshot, GcpClients>,
  'provider' | 'scope' | 'finish'
> {
  /**
   * The collector makes paid calls (BigQuery bytes scanned): the unit then reports what they cost
   * (`gcp.cost.project.scan_api_cost_usd`).
   */
  paidCalls?: boolean;
}

/**
 * A GCP scanner: core's generic one (collect once, derive many). Every GCP scanner is project-wide
 * (`global`): Compute's aggregated lists cover all zones and regions in one paginated call.
 */
export function defineGcpScanner<Snapshot>(
  definition: GcpScannerDefinition<Snapshot>,
): CloudScanner<GcpClients> {
  const { paidCalls, ...rest } = definition;
  return defineScanner<Snapshot, GcpClients>({
    ...rest,
    provider: 'gcp',
    scope: 'global',
    metrics: paidCalls ? [...definition.metrics, ...GCP_SCAN_COST_METRICS] : definition.metrics,
    metricServices: [
      ...new Set([...(definition.metricServices ?? []), ...(paidCalls ? ['project'] : [])]),
    ],
    ...(paidCalls && {
      finish: (ctx: GcpUnitContext) => gcpScanCostEvents(ctx.meter, ctx.accountId),
    }),
  });
}
