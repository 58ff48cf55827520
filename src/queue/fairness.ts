import type { JobPayload } from '../core/ports.js';

/**
 * Fair scheduling across scans: a plan job ranks 0, the k-th unit job of a scan in one enqueue
 * ranks k. Jobs run by rank, so the first units of a newly planned scan run before the rest of a
 * large scan's backlog, and one scan (or tenant) never holds every worker slot for long.
 */
export function ranks(payloads: readonly JobPayload[]): number[] {
  const perScan = new Map<string, number>();
  return payloads.map((payload) => {
    if (payload.kind === 'plan') return 0;
    const rank = (perScan.get(payload.scan_id) ?? 0) + 1;
    perScan.set(payload.scan_id, rank);
    return rank;
  });
}
