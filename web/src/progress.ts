import type { Scan } from './types';

const FINISHED = ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'];

/**
 * What a scan's progress bar says. A scan that ended before it was split into units (bad
 * credentials, an unreachable endpoint) says it FAILED and why — never "planning".
 */
export function progressLabel(scan: Pick<Scan, 'status' | 'progress' | 'error'>): {
  label: string;
  /** undefined: an indeterminate bar (still planning). */
  value: number | undefined;
  max: number;
} {
  const { units_total, units_done } = scan.progress;
  if (units_total > 0) {
    return { label: `${units_done} / ${units_total} units`, value: units_done, max: units_total };
  }
  if (!FINISHED.includes(scan.status)) return { label: 'planning', value: undefined, max: 1 };
  const reason = scan.error ? `: ${scan.error.code}: ${scan.error.message}` : '';
  return { label: `${scan.status}${reason}`, value: 1, max: 1 };
}
