import pLimit, { type LimitFunction } from 'p-limit';

/**
 * At most `concurrency` tasks at once per key; tasks of other keys never wait for them. A key's
 * queue is dropped once it is idle, so keys that come and go (accounts, regions) do not pile up.
 */
export class KeyedLimiter {
  readonly #limits = new Map<string, LimitFunction>();

  constructor(readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
    }
  }

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let limit = this.#limits.get(key);
    if (!limit) {
      limit = pLimit(this.concurrency);
      this.#limits.set(key, limit);
    }
    try {
      return await limit(task);
    } finally {
      if (limit.activeCount === 0 && limit.pendingCount === 0) this.#limits.delete(key);
    }
  }

  /** Keys with tasks running or waiting. */
  get keys(): number {
    return this.#limits.size;
  }
}
