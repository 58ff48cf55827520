import { AWS_FSBP } from './aws-fsbp.js';
import { CIS_AWS_7_0 } from './cis-aws-7.0.js';
import type { Framework } from './framework.js';

export type { Control, Framework } from './framework.js';

/** Every framework checks can map to: one line per framework. */
export const FRAMEWORKS: readonly Framework[] = [CIS_AWS_7_0, AWS_FSBP];

export function frameworkById(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}
