import type { CloudScanner, EventDraft, MetricDefinition, UnitContext } from '../../core/index.js';
import type { GcpClients } from './clients.js';

export type GcpUnitContext = UnitContext<GcpClients>;

export interface GcpScannerDefinition<Snapshot> {
  service: string;
  title: string;
  metrics: readonly MetricDefinition[];
  /** IAM permissions the collector's calls need (`compute.instances.list`…). */
  permissions: readonly string[];
  /** The only code that calls Google: the project's snapshot, in the fewest calls. */
  collect(ctx: GcpUnitContext): Promise<Snapshot>;
  /** Pure: snapshot → events. No I/O. */
  extract(
    snapshot: Snapshot,
    ctx: Pick<GcpUnitContext, 'accountId' | 'options' | 'clock'>,
  ): Iterable<EventDraft>;
}

/**
 * A GCP scanner: collect once, derive many. Every GCP scanner is project-wide (`global`): Compute's
 * aggregated lists cover all zones and regions in one paginated call.
 */
export function defineGcpScanner<Snapshot>(
  definition: GcpScannerDefinition<Snapshot>,
): CloudScanner<GcpClients> {
  return {
    provider: 'gcp',
    service: definition.service,
    title: definition.title,
    scope: 'global',
    metrics: definition.metrics,
    permissions: definition.permissions,
    async *scan(ctx) {
      const snapshot = await definition.collect(ctx);
      ctx.signal.throwIfAborted();
      yield* definition.extract(snapshot, ctx);
      if (ctx.derive) yield* ctx.derive(snapshot);
    },
  };
}
