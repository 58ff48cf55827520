import type { CloudScanner, EventDraft, MetricDefinition, UnitContext } from '../../core/index.js';
import type { AzureClients } from './clients.js';

export type AzureUnitContext = UnitContext<AzureClients>;

export interface AzureScannerDefinition<Snapshot> {
  service: string;
  title: string;
  metrics: readonly MetricDefinition[];
  metricServices?: readonly string[];
  /** Azure RBAC actions the collector needs (`Microsoft.Network/networkSecurityGroups/read`). */
  permissions: readonly string[];
  /** The only code that calls Azure: one subscription's snapshot, in the fewest calls. */
  collect(ctx: AzureUnitContext): Promise<Snapshot>;
  /** Pure: snapshot → events. */
  extract(
    snapshot: Snapshot,
    ctx: Pick<AzureUnitContext, 'accountId' | 'options' | 'clock'>,
  ): Iterable<EventDraft>;
}

/**
 * An Azure scanner: one unit per subscription and service (scope `global`), since Resource Graph
 * answers for every location of a subscription at once.
 */
export function defineAzureScanner<Snapshot>(
  definition: AzureScannerDefinition<Snapshot>,
): CloudScanner<AzureClients> {
  return {
    provider: 'azure',
    service: definition.service,
    title: definition.title,
    scope: 'global',
    metrics: definition.metrics,
    metricServices: definition.metricServices ?? [],
    permissions: definition.permissions,
    async *scan(ctx) {
      const snapshot = await definition.collect(ctx);
      ctx.signal.throwIfAborted();
      yield* definition.extract(snapshot, ctx);
      if (ctx.derive) yield* ctx.derive(snapshot);
    },
  };
}
