import type { MetricDefinition } from './catalogue.js';
import type { EventDraft } from './event.js';
import type { CloudScanner, UnitContext } from './provider.js';

/** A scanner as a provider's service declares it: a collector and pure extractors. */
export interface ScannerDefinition<Snapshot, TClients> {
  provider: string;
  service: string;
  title: string;
  scope: 'regional' | 'global';
  metrics: readonly MetricDefinition[];
  /** Service segments of its metric types besides `service` (account-wide cost facts…). */
  metricServices?: readonly string[];
  /** Read-only permissions the collector needs, in the provider's own naming. */
  permissions: readonly string[];
  /** The only code that calls the cloud: one unit's snapshot, in the fewest calls. */
  collect(ctx: UnitContext<TClients>): Promise<Snapshot>;
  /** Pure: snapshot → events. No I/O. */
  extract(
    snapshot: Snapshot,
    ctx: Pick<UnitContext<TClients>, 'accountId' | 'region' | 'options' | 'clock'>,
  ): Iterable<EventDraft>;
  /**
   * Provider extras after the snapshot's own events and the checks' results (AWS reports the
   * unit's paid API calls here); their metrics must be among `metrics`.
   */
  finish?(ctx: UnitContext<TClients>): Iterable<EventDraft>;
}

/** Builds a scanner from its collector and extractors: collect once, derive many. */
export function defineScanner<Snapshot, TClients>(
  definition: ScannerDefinition<Snapshot, TClients>,
): CloudScanner<TClients> {
  return {
    provider: definition.provider,
    service: definition.service,
    title: definition.title,
    scope: definition.scope,
    metrics: definition.metrics,
    metricServices: definition.metricServices ?? [],
    permissions: definition.permissions,
    async *scan(ctx) {
      const snapshot = await definition.collect(ctx);
      ctx.signal.throwIfAborted();
      yield* definition.extract(snapshot, ctx);
      if (ctx.derive) yield* ctx.derive(snapshot);
      if (definition.finish) yield* definition.finish(ctx);
    },
  };
}
