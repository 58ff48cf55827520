import type { MetricDefinition } from './catalogue.js';
import type { EventDraft } from './event.js';
import type { CloudScanner, UnitContext } from './provider.js';

/**
 * The dimensions a facet may be needed for whatever the scan's security checks. Inventory,
 * performance and architecture are in every scan; cost only when the scan asks for it
 * (`options.cost`).
 */
export const FACET_DIMENSIONS = ['inventory', 'performance', 'architecture', 'cost'] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];

/**
 * One part of a scanner's snapshot that costs calls of its own: a top-level field of the snapshot
 * (`credentialReport`), or a part of each element of one (`buckets.policy`: every bucket's policy).
 * A check's `reads` name the facets it needs; a read of `buckets` covers every `buckets.*` facet.
 */
export interface FacetDeclaration {
  /** The permissions (IAM actions…) of the calls that fill the facet. */
  permissions: readonly string[];
  /** Dimensions that need the facet whatever the checks; none: only checks reading it do. */
  dimensions?: readonly FacetDimension[];
  /**
   * Metric types the extractors derive from the facet: not emitted when it was not collected
   * (rather than as a fact about data the scan never read).
   */
  metrics?: readonly string[];
}

/** Facet names: snapshot fields, or `field.part` for a part of each element of a field. */
export type FacetName<Snapshot> =
  Extract<keyof Snapshot, string> | `${Extract<keyof Snapshot, string>}.${string}`;

export type FacetTable = Readonly<Record<string, FacetDeclaration>>;

/**
 * The error code a collector records in place of a facet it did not collect, where the snapshot's
 * type needs a value: a check reading it gets an unreadable input (ERROR), never a PASS.
 */
export const NOT_COLLECTED = 'NotCollected';

/** What a collector gets: the unit's context, with which facets the scan needs. */
export interface CollectContext<TClients> extends UnitContext<TClients> {
  /** Whether the scan needs this facet; true for every name the scanner did not declare. */
  wants(facet: string): boolean;
}

/** A scanner as a provider's service declares it: a collector and pure extractors. */
export interface ScannerDefinition<Snapshot, TClients> {
  provider: string;
  service: string;
  title: string;
  scope: 'regional' | 'global';
  metrics: readonly MetricDefinition[];
  /** Service segments of its metric types besides `service` (account-wide cost facts…). */
  metricServices?: readonly string[];
  /**
   * Read-only permissions the collector needs, in the provider's own naming: those of the calls
   * it makes whatever the facets wanted (each facet adds its own).
   */
  permissions: readonly string[];
  /** The parts of the snapshot that cost calls of their own, and who needs them. */
  facets?: { readonly [name in FacetName<Snapshot>]?: FacetDeclaration };
  /** The only code that calls the cloud: one unit's snapshot, in the fewest calls. */
  collect(ctx: CollectContext<TClients>): Promise<Snapshot>;
  /** Pure: snapshot → events. No I/O. */
  extract(
    snapshot: Snapshot,
    ctx: Pick<CollectContext<TClients>, 'accountId' | 'region' | 'options' | 'clock' | 'wants'>,
  ): Iterable<EventDraft>;
  /**
   * Provider extras after the snapshot's own events and the checks' results (AWS reports the
   * unit's paid API calls here); their metrics must be among `metrics`.
   */
  finish?(ctx: UnitContext<TClients>): Iterable<EventDraft>;
}

/** A scanner built by `defineScanner`: its facets and the permissions it needs whatever they are. */
export interface FacetedScanner<TClients = unknown> extends CloudScanner<TClients> {
  readonly facets: FacetTable;
  /** The permissions of the calls made whatever facets are wanted. */
  readonly basePermissions: readonly string[];
}

/** A scanner's facets (none for a scanner that declares none: it always collects everything). */
export function facetsOf<TClients>(scanner: CloudScanner<TClients>): {
  facets: FacetTable;
  basePermissions: readonly string[];
} {
  const faceted = scanner as Partial<FacetedScanner<TClients>>;
  return {
    facets: faceted.facets ?? {},
    basePermissions: faceted.basePermissions ?? scanner.permissions,
  };
}

/** Builds a scanner from its collector and extractors: collect once, derive many. */
export function defineScanner<Snapshot, TClients>(
  definition: ScannerDefinition<Snapshot, TClients>,
): FacetedScanner<TClients> {
  const facets = (definition.facets ?? {}) as Record<string, FacetDeclaration>;
  const permissions = [
    ...new Set([
      ...definition.permissions,
      ...Object.values(facets).flatMap((facet) => facet.permissions),
    ]),
  ];
  return {
    provider: definition.provider,
    service: definition.service,
    title: definition.title,
    scope: definition.scope,
    metrics: definition.metrics,
    metricServices: definition.metricServices ?? [],
    permissions,
    basePermissions: definition.permissions,
    facets,
    async *scan(ctx) {
      const asked = ctx.wants;
      const wants = (facet: string) => !(facet in facets) || asked === undefined || asked(facet);
      const collectCtx: CollectContext<TClients> = { ...ctx, wants };
      const snapshot = await definition.collect(collectCtx);
      ctx.signal.throwIfAborted();
      // Facts derived from a facet the scan did not collect are not facts: they are left out.
      const skipped = new Set(
        Object.entries(facets)
          .filter(([name]) => !wants(name))
          .flatMap(([, facet]) => facet.metrics ?? []),
      );
      for (const event of definition.extract(snapshot, collectCtx)) {
        if (!skipped.has(event.metric_type)) yield event;
      }
      if (ctx.derive) yield* ctx.derive(snapshot);
      if (definition.finish) yield* definition.finish(ctx);
    },
  };
}
