import type { CheckDefinition, ScannerRef } from '../core/index.js';

type Facet<Snapshot> = Extract<keyof Snapshot, string>;

/**
 * What a check may declare it reads: a snapshot facet (`buckets`), or one part of it that its
 * scanner collects on its own (`buckets.versioning`), so a selection of that check makes only
 * that part's calls.
 */
export type Read<Snapshot> = Facet<Snapshot> | `${Facet<Snapshot>}.${string}`;

/** The snapshot field a read lies in: `buckets` for `buckets.versioning`. */
export type FieldOf<R extends string> = R extends `${infer Field}.${string}` ? Field : R;

/**
 * A check tied to its scanner: it names the scanner (its `model.ts` reference) and the snapshot
 * facets it reads, and `evaluate` sees only those, so reading another facet, or another scanner's
 * snapshot, does not compile.
 */
export type TypedCheckDefinition<Snapshot, Reads extends Read<Snapshot>> = Omit<
  CheckDefinition<Pick<Snapshot, Extract<FieldOf<Reads>, keyof Snapshot>>>,
  'provider' | 'service' | 'reads'
> & {
  scanner: ScannerRef<Snapshot>;
  reads: readonly Reads[];
};

/** Declares a check; the registry holds every check as CheckDefinition. */
export function defineCheck<Snapshot, Reads extends Read<Snapshot> = never>(
  check: TypedCheckDefinition<Snapshot, Reads>,
): CheckDefinition<Snapshot>;
export function defineCheck<Snapshot>(check: CheckDefinition<Snapshot>): CheckDefinition<Snapshot>;
export function defineCheck<Snapshot>(
  check: CheckDefinition<Snapshot> | TypedCheckDefinition<Snapshot, Read<Snapshot>>,
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
  for (const read of reads) {
    const field = read.split('.')[0] ?? read;
    if (field in source) picked[field] = source[field];
  }
  return picked as Snapshot;
}
