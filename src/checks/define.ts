import type { CheckDefinition, ScannerRef } from '../core/index.js';

type Facet<Snapshot> = Extract<keyof Snapshot, string>;

/**
 * A check tied to its scanner: it names the scanner (its `model.ts` reference) and the snapshot
 * facets it reads, and `evaluate` sees only those, so reading another facet, or another scanner's
 * snapshot, does not compile.
 */
export type TypedCheckDefinition<Snapshot, Reads extends Facet<Snapshot>> = Omit<
  CheckDefinition<Pick<Snapshot, Reads>>,
  'provider' | 'service' | 'reads'
> & {
  scanner: ScannerRef<Snapshot>;
  reads: readonly Reads[];
};

/** Declares a check; the registry holds every check as CheckDefinition. */
export function defineCheck<Snapshot, Reads extends Facet<Snapshot> = never>(
  check: TypedCheckDefinition<Snapshot, Reads>,
): CheckDefinition<Snapshot>;
export function defineCheck<Snapshot>(check: CheckDefinition<Snapshot>): CheckDefinition<Snapshot>;
export function defineCheck<Snapshot>(
  check: CheckDefinition<Snapshot> | TypedCheckDefinition<Snapshot, Facet<Snapshot>>,
): CheckDefinition<Snapshot> {
  if (!('scanner' in check)) return check;
  const { scanner, ...rest } = check;
  return {
    ...rest,
    provider: scanner.provider,
    service: scanner.service,
  } as CheckDefinition<Snapshot>;
}

/**
 * The snapshot as a check that declared `reads` sees it: those facets and no other, so a read the
 * check did not declare finds nothing instead of silently working.
 */
export function pickFacets<Snapshot>(snapshot: Snapshot, reads: readonly string[]): Snapshot {
  if (typeof snapshot !== 'object' || snapshot === null) return snapshot;
  const source = snapshot as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const facet of reads) if (facet in source) picked[facet] = source[facet];
  return picked as Snapshot;
}
