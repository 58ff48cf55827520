import { CHECK_PACKS } from '../packs.js';
import type { Framework } from './framework.js';

export type { Control, Framework } from './framework.js';

/** Every framework checks can map to, from the providers' check packs. */
export const FRAMEWORKS: readonly Framework[] = CHECK_PACKS.flatMap((pack) => pack.frameworks);

export function frameworkById(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}
