const DAY_MS = 86_400_000;

/** Whole days from an ISO instant to `now`; undefined when the instant is absent or unreadable. */
export function daysSince(iso: string | undefined, now: Date): number | undefined {
  if (iso === undefined) return undefined;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return undefined;
  return Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}
