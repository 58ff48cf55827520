import type { RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from '@smithy/types';

/** The SDK's standard figures (`@smithy/core` retry, 2026 behaviour). */
const INITIAL_CAPACITY = 500;
/** What a retry of a transient failure (5xx, reset, timeout) takes from the quota. */
const TRANSIENT_COST = 14;
/** What a success gives back when it needed no retry. */
const NO_RETRY_INCREMENT = 1;
const BASE_DELAY_MS = 50;
const THROTTLING_BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 20_000;
/** How much longer than its own back-off a retry waits for a service's `Retry-After`. */
const MAX_RETRY_AFTER_EXTRA_MS = 5_000;

class Token implements StandardRetryToken {
  constructor(
    readonly count: number,
    readonly delay: number,
    readonly cost: number | undefined,
  ) {}

  getRetryCount(): number {
    return this.count;
  }

  getRetryDelay(): number {
    return this.delay;
  }

  getRetryCost(): number | undefined {
    return this.cost;
  }
}

/**
 * The SDK's standard retry (up to `maxAttempts`, full-jitter exponential back-off from 50 ms, from
 * 1 s on throttling, at most 20 s, a service's `Retry-After` honoured), except that throttling
 * takes nothing from the retry quota.
 *
 * The quota (500 per client, 5 per throttled retry, given back as calls succeed) is the SDK's
 * guard against retry storms. A scan's pace is kept by the pool's token buckets instead, which
 * halve an API's rate on each throttling answer; and one client serves a whole region (every S3
 * bucket in it), so with 8 buckets × 13 reads in flight a throttled S3 spent the quota in a moment
 * and the SDK then gave up on calls at their first throttling: 150 buckets at 30 % throttling
 * left about 70 per-bucket reads as `SlowDown` errors (test/integration/throttling-moto.test.ts).
 * Transient failures (5xx, resets, time-outs) still draw on the quota: a service that is down is
 * not hammered.
 */
export class ScanRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'standard';
  #capacity = INITIAL_CAPACITY;

  constructor(
    readonly maxAttempts: number,
    private readonly random: () => number = Math.random,
  ) {}

  /** Retries the quota can still pay for (transient failures only). */
  get capacity(): number {
    return this.#capacity;
  }

  acquireInitialRetryToken(): Promise<StandardRetryToken> {
    return Promise.resolve(new Token(0, 0, undefined));
  }

  refreshRetryTokenForRetry(
    token: StandardRetryToken,
    errorInfo: RetryErrorInfo,
  ): Promise<StandardRetryToken> {
    const throttled = errorInfo.errorType === 'THROTTLING';
    const retryable = throttled || errorInfo.errorType === 'TRANSIENT';
    const cost = throttled ? 0 : TRANSIENT_COST;
    const retries = token.getRetryCount();
    if (!retryable || retries + 1 >= this.maxAttempts || this.#capacity < cost) {
      return Promise.reject(new Error('No retry token available'));
    }
    this.#capacity -= cost;
    const base = throttled ? THROTTLING_BASE_DELAY_MS : BASE_DELAY_MS;
    let delay = Math.floor(this.random() * Math.min(base * 2 ** retries, MAX_DELAY_MS));
    if (errorInfo.retryAfterHint instanceof Date) {
      const asked = errorInfo.retryAfterHint.getTime() - Date.now();
      delay = Math.max(delay, Math.min(asked, delay + MAX_RETRY_AFTER_EXTRA_MS));
    }
    return Promise.resolve(new Token(retries + 1, delay, cost));
  }

  recordSuccess(token: StandardRetryToken): void {
    this.#capacity = Math.min(
      INITIAL_CAPACITY,
      this.#capacity + (token.getRetryCost() ?? NO_RETRY_INCREMENT),
    );
  }
}
