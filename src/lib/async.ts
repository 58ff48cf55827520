/** Iterates `source` until it ends or `signal` aborts; on abort, rejects with the signal's reason at once. */
export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncGenerator<T> {
  signal.throwIfAborted();
  const iterator = source[Symbol.asyncIterator]();
  let rejectOnAbort: ((reason: unknown) => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    rejectOnAbort = reject;
  });
  aborted.catch(() => {});
  const onAbort = () => rejectOnAbort?.(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Let the source release what it holds; do not wait on a call that may hang.
    void iterator.return?.().catch(() => {});
  }
}
