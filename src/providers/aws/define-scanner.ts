import {
  defineScanner,
  type CollectContext,
  type FacetedScanner,
  type ScannerDefinition,
  type UnitContext,
} from '../../core/index.js';
import type { AwsClients } from './client-factory.js';
import { SCAN_COST_METRICS, scanCostEvents } from './scan-cost.js';

export type AwsUnitContext = UnitContext<AwsClients>;
/** A collector's context: the unit's, with which facets the scan needs (`ctx.wants`). */
export type AwsCollectContext = CollectContext<AwsClients>;

export interface AwsScannerDefinition<Snapshot> extends Omit<
  ScannerDefinition<Snapshot, AwsClients>,
  'provider' | 'finish'
> {
  /** The collector makes paid calls: the unit then reports what they cost (scan_api_cost_usd). */
  paidCalls?: boolean;
}

/** An AWS scanner: the generic one, plus the unit's paid-call cost when the collector pays. */
export function defineAwsScanner<Snapshot>(
  definition: AwsScannerDefinition<Snapshot>,
): FacetedScanner<AwsClients> {
  const { paidCalls, ...rest } = definition;
  return defineScanner<Snapshot, AwsClients>({
    ...rest,
    provider: 'aws',
    metrics: paidCalls ? [...definition.metrics, ...SCAN_COST_METRICS] : definition.metrics,
    metricServices: [
      ...new Set([...(definition.metricServices ?? []), ...(paidCalls ? ['account'] : [])]),
    ],
    ...(paidCalls && {
      finish: (ctx: AwsUnitContext) =>
        scanCostEvents(ctx.meter, { service: definition.service, ...ctx }),
    }),
  });
}
