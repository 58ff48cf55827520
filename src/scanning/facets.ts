import {
  facetsOf,
  type CheckDefinition,
  type CloudScanner,
  type FacetDimension,
  type FacetTable,
  type ScanOptions,
  type SnapshotEvaluator,
} from '../core/index.js';
import { CheckEngine, selectChecks, type CheckFilters } from '../checks/index.js';

/** What a scan needs of one scanner: every facet, or these declared ones. */
export type WantedFacets = 'all' | ReadonlySet<string>;

/** The options that decide which facets a scan needs: its check filters and its dimensions. */
export type FacetOptions = CheckFilters & Pick<ScanOptions, 'cost'>;

/** Whether the scan narrows its security checks at all (otherwise every check runs). */
export function hasCheckSelection(options: CheckFilters): boolean {
  return (
    options.checks !== undefined ||
    options.exclude_checks !== undefined ||
    options.severity !== undefined ||
    options.frameworks !== undefined
  );
}

/**
 * The dimensions every scan covers besides its checks: inventory, performance and architecture
 * always (the product has no option to leave them out), cost only when the scan asks for it.
 */
export function scanDimensions(options: Pick<ScanOptions, 'cost'>): FacetDimension[] {
  const always: FacetDimension[] = ['inventory', 'performance', 'architecture'];
  return options.cost ? [...always, 'cost'] : always;
}

/**
 * The declared facets one read of a check covers: `buckets` covers `buckets` and every
 * `buckets.*`; `buckets.policy` covers itself, or `buckets` when only that is declared.
 */
export function facetsCovering(facets: FacetTable, read: string): string[] {
  return Object.keys(facets).filter(
    (name) => name === read || name.startsWith(`${read}.`) || read.startsWith(`${name}.`),
  );
}

/**
 * The facets of one scanner a scan needs, from the checks' declared reads and the dimensions.
 * Without a check selection every check runs: every facet. With one: the facets of the scan's
 * dimensions, and those the selected checks of this scanner read; a selected check that declares
 * no `reads` reads everything.
 */
export function wantedFacets(
  scanner: CloudScanner,
  options: FacetOptions,
  checks: readonly CheckDefinition[],
): WantedFacets {
  const { facets } = facetsOf(scanner);
  if (Object.keys(facets).length === 0 || !hasCheckSelection(options)) return 'all';
  const dimensions = scanDimensions(options);
  const wanted = new Set(
    Object.entries(facets)
      .filter(([, facet]) => facet.dimensions?.some((d) => dimensions.includes(d)))
      .map(([name]) => name),
  );
  const mine = checks.filter(
    (check) => check.provider === scanner.provider && check.service === scanner.service,
  );
  for (const check of selectChecks(mine, options)) {
    if (check.reads === undefined) return 'all';
    for (const read of check.reads)
      for (const name of facetsCovering(facets, read)) wanted.add(name);
  }
  return wanted;
}

/** The `wants` of a unit's context: undeclared names are always wanted. */
export function wantsOf(wanted: WantedFacets): ((facet: string) => boolean) | undefined {
  if (wanted === 'all') return undefined;
  return (facet) => wanted.has(facet);
}

/**
 * What the runner hands a unit: the facets its scan needs, from the checks the unit's evaluator
 * runs (a check engine's registry). With another evaluator, or none, every facet is collected.
 */
export function unitWants(
  scanner: CloudScanner,
  options: ScanOptions,
  evaluator: SnapshotEvaluator | undefined,
): ((facet: string) => boolean) | undefined {
  if (!(evaluator instanceof CheckEngine)) return undefined;
  return wantsOf(wantedFacets(scanner, options, evaluator.registry.all()));
}
