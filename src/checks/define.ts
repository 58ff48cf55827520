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
export function defineCheck<Snapshot, Reads extends Facet<Snapshot>>(
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
