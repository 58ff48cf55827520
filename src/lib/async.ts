/**
 * Iterates `source` until it ends or `signal` aborts; on abort, rejects with the signal's reason at
 * once, even while the source is stuck in a call that ignores the signal.
 */
export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncGenerator<T> {
  signal.throwIfAborted();
  const iterator = source[Symbol.asyncIterator]();
  try {
    while (true) {
      const next = await nextOrAbort(iterator, signal);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // Let the source release what it holds; do not wait on a call that may hang.
    void iterator.return?.()?.catch(() => {});
  }
}

/**
 * `promise`, or a rejection with the signal's reason as soon as the signal aborts (the promise goes
 * on). One listener, removed as soon as the promise settles: racing many promises against one
 * long-lived one would leave a reaction behind per promise.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

/** One step of the iterator, abandoned when the signal aborts. */
function nextOrAbort<T>(
  iterator: AsyncIterator<T>,
  signal: AbortSignal,
): Promise<IteratorResult<T>> {
  return untilAborted(iterator.next(), signal);
}
