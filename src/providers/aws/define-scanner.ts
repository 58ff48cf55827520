import type { CloudScanner, EventDraft, MetricDefinition, UnitContext } from '../../core/index.js';
import type { AwsClients } from './client-factory.js';
import { SCAN_COST_METRICS, scanCostEvents } from './scan-cost.js';

export type AwsUnitContext = UnitContext<AwsClients>;

export interface AwsScannerDefinition<Snapshot> {
  service: string;
  title: string;
  scope: 'regional' | 'global';
  metrics: readonly MetricDefinition[];
  /** Service segments of its metric types besides `service` (e.g. `account`, `service` for cost). */
  metricServices?: readonly string[];
  /** The collector makes paid calls: the unit then reports what they cost (scan_api_cost_usd). */
  paidCalls?: boolean;
  /** IAM actions the collector calls. */
  permissions: readonly string[];
  /** The only code that calls AWS: one region's (or the account's) snapshot, in the fewest calls. */
  collect(ctx: AwsUnitContext): Promise<Snapshot>;
  /** Pure: snapshot → events. No I/O. */
  extract(
    snapshot: Snapshot,
    ctx: Pick<AwsUnitContext, 'accountId' | 'region' | 'options' | 'clock'>,
  ): Iterable<EventDraft>;
}

/** Builds a scanner from its collector and extractors: collect once, derive many. */
export function defineAwsScanner<Snapshot>(
  definition: AwsScannerDefinition<Snapshot>,
): CloudScanner<AwsClients> {
  return {
    provider: 'aws',
    service: definition.service,
    title: definition.title,
    scope: definition.scope,
    metrics: definition.paidCalls
      ? [...definition.metrics, ...SCAN_COST_METRICS]
      : definition.metrics,
    metricServices: [
      ...new Set([
        ...(definition.metricServices ?? []),
        ...(definition.paidCalls ? ['account'] : []),
      ]),
    ],
    permissions: definition.permissions,
    async *scan(ctx) {
      const snapshot = await definition.collect(ctx);
      ctx.signal.throwIfAborted();
      yield* definition.extract(snapshot, ctx);
      if (ctx.derive) yield* ctx.derive(snapshot);
      if (definition.paidCalls)
        yield* scanCostEvents(ctx.meter, { service: definition.service, ...ctx });
    },
  };
}
