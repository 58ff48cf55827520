import type { CheckDefinition } from '../core/index.js';

/** Declares a check with its snapshot type; the registry holds every check as CheckDefinition. */
export function defineCheck<Snapshot>(check: CheckDefinition<Snapshot>): CheckDefinition<Snapshot> {
  return check;
}
