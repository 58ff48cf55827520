/** Time as a token bucket sees it: a monotonic clock in milliseconds, and a way to wait. */
export interface BucketClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const monotonicClock: BucketClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface TokenBucketOptions {
  /** Tokens the bucket holds when full: the burst allowed after a quiet time. */
  capacity: number;
  /** Tokens added per second once the burst is spent: the sustained rate. */
  refillPerSecond: number;
  /** The lowest rate throttling may bring the refill down to (default: refill / 32). */
  minRefillPerSecond?: number;
  /** Successes, after a slow-down, that bring the rate back up by one step (default 10). */
  recoverAfter?: number;
  clock?: BucketClock;
}

/**
 * A token bucket with adaptive rate: each call takes one token, the bucket refills at a rate per
 * second up to its capacity, and a call that finds it empty reserves the next token and waits for
 * it (callers are served in the order they asked, each sleeping once). When the service answers
 * that it throttles, the refill rate halves and the burst left is dropped; successes bring it back
 * up gradually (a quarter of the configured rate per `recoverAfter` successes), to the configured
 * rate at most.
 */
export class TokenBucket {
  readonly capacity: number;
  readonly maxRate: number;
  readonly #minRate: number;
  readonly #recoverAfter: number;
  readonly #clock: BucketClock;
  /** May go below zero: tokens already promised to waiting callers. */
  #tokens: number;
  #rate: number;
  #last: number;
  #successes = 0;
  #throttles = 0;
  /** Tokens taken whose call has not said how it went (succeeded, throttled or released). */
  #outstanding = 0;

  constructor(options: TokenBucketOptions) {
    if (!(options.capacity >= 1)) throw new RangeError('capacity must be at least 1');
    if (!(options.refillPerSecond > 0)) throw new RangeError('refillPerSecond must be positive');
    this.capacity = options.capacity;
    this.maxRate = options.refillPerSecond;
    this.#minRate = Math.min(options.minRefillPerSecond ?? this.maxRate / 32, this.maxRate);
    this.#recoverAfter = Math.max(1, options.recoverAfter ?? 10);
    this.#clock = options.clock ?? monotonicClock;
    this.#tokens = this.capacity;
    this.#rate = this.maxRate;
    this.#last = this.#clock.now();
  }

  /** The current refill rate (tokens per second). */
  get rate(): number {
    return this.#rate;
  }

  /** Tokens available now (negative: owed to callers already waiting). */
  get tokens(): number {
    this.#refill();
    return this.#tokens;
  }

  /**
   * Full and at its configured rate: nothing about it differs from a new bucket, so a holder of many
   * buckets may drop it.
   */
  get idle(): boolean {
    return this.#outstanding === 0 && this.tokens >= this.capacity && this.#rate >= this.maxRate;
  }

  /** Throttling answers seen since the bucket was made. */
  get throttles(): number {
    return this.#throttles;
  }

  /**
   * Takes a token, now or in the future: returns how many milliseconds the caller must wait before
   * using it (0 = at once).
   */
  reserve(): number {
    this.#refill();
    this.#tokens -= 1;
    this.#outstanding += 1;
    return this.#tokens >= 0 ? 0 : (-this.#tokens / this.#rate) * 1000;
  }

  /** Waits until a token is the caller's. */
  async take(): Promise<void> {
    const wait = this.reserve();
    if (wait > 0) await this.#clock.sleep(wait);
  }

  /** The service throttled a call: halve the rate and give up what is left of the burst. */
  throttled(): void {
    this.#settle();
    this.#refill();
    this.#throttles += 1;
    this.#successes = 0;
    this.#rate = Math.max(this.#minRate, this.#rate / 2);
    this.#tokens = Math.min(this.#tokens, 0);
  }

  /** A call went through: after a slow-down, every `recoverAfter` of them raise the rate a step. */
  succeeded(): void {
    this.#settle();
    if (this.#rate >= this.maxRate) return;
    this.#successes += 1;
    if (this.#successes < this.#recoverAfter) return;
    this.#successes = 0;
    this.#refill();
    this.#rate = Math.min(this.maxRate, this.#rate + this.maxRate / 4);
  }

  /** The call failed for another reason than throttling: it says nothing about the rate. */
  released(): void {
    this.#settle();
  }

  #settle(): void {
    if (this.#outstanding > 0) this.#outstanding -= 1;
  }

  #refill(): void {
    const now = this.#clock.now();
    const elapsed = Math.max(0, now - this.#last) / 1000;
    this.#last = now;
    this.#tokens = Math.min(this.capacity, this.#tokens + elapsed * this.#rate);
  }
}
