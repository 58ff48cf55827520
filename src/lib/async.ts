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
 * One listener per step, removed as soon as the step settles: racing every step against one
 * long-lived promise would leave a reaction behind per item and grow memory with the stream.
 */
function nextOrAbort<T>(
  iterator: AsyncIterator<T>,
  signal: AbortSignal,
): Promise<IteratorResult<T>> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
