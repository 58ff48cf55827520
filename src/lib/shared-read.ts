/**
 * One answer for every caller of `key` in `reads`: `load` runs once and the others await the same
 * promise. A failed read is not kept, so the next caller tries again.
 */
export function sharedRead<T>(
  reads: Map<string, Promise<unknown>>,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  let pending = reads.get(key) as Promise<T> | undefined;
  if (pending === undefined) {
    pending = load();
    reads.set(key, pending);
    pending.catch(() => reads.delete(key));
  }
  return pending;
}
