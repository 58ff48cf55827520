import type { PipelinePolicy, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';

type AbortSignalLike = NonNullable<PipelineRequest['abortSignal']>;

/**
 * ARM's read budget (a token bucket per subscription, principal and region: 250 reads, refilled at
 * 25 a second) and Resource Graph's (15 queries per 5 seconds per user) mirrored on our side, so
 * that a scan stays below them instead of meeting 429s.
 */
export const ARM_READ_BUCKET = { capacity: 250, refillPerSecond: 25 } as const;
export const GRAPH_BUCKET = { capacity: 15, refillPerSecond: 3 } as const;
/** Below this many remaining reads (as ARM reports them), the bucket refills at a tenth. */
export const LOW_REMAINING_READS = 50;

const sleep = (ms: number, signal?: AbortSignalLike) =>
  new Promise<void>((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject((signal as AbortSignal).reason ?? new Error('aborted'));
      },
      { once: true },
    );
  });

/** A token bucket that can also be paused (Retry-After) and slowed (few remaining reads). */
export class TokenBucket {
  #tokens: number;
  #last = Date.now();
  #pausedUntil = 0;
  #slow = false;

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
  ) {
    this.#tokens = capacity;
  }

  get rate(): number {
    return this.#slow ? this.refillPerSecond / 10 : this.refillPerSecond;
  }

  get pausedUntil(): number {
    return this.#pausedUntil;
  }

  #refill(now: number): void {
    this.#tokens = Math.min(this.capacity, this.#tokens + ((now - this.#last) / 1000) * this.rate);
    this.#last = now;
  }

  /** Waits for a token (and for any pause to end), then takes it. */
  async take(signal?: AbortSignalLike): Promise<void> {
    for (;;) {
      const now = Date.now();
      if (now < this.#pausedUntil) {
        await sleep(this.#pausedUntil - now, signal);
        continue;
      }
      this.#refill(now);
      if (this.#tokens >= 1) {
        this.#tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - this.#tokens) / this.rate) * 1000), signal);
    }
  }

  /** Nothing is sent before `ms` from now (a 429's Retry-After). */
  pause(ms: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, Date.now() + ms);
    this.#tokens = 0;
  }

  /** What ARM says is left of its budget: the bucket follows it down and slows when it is low. */
  observeRemaining(remaining: number): void {
    this.#refill(Date.now());
    this.#tokens = Math.min(this.#tokens, remaining);
    this.#slow = remaining < LOW_REMAINING_READS;
  }
}

/** Buckets by principal and subscription (or `tenant` for tenant-level calls such as the graph). */
export class ThrottleRegistry {
  readonly #buckets = new Map<string, TokenBucket>();

  bucket(key: string, kind: 'arm' | 'graph'): TokenBucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      const limits = kind === 'graph' ? GRAPH_BUCKET : ARM_READ_BUCKET;
      bucket = new TokenBucket(limits.capacity, limits.refillPerSecond);
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }
}

/** Seconds (or an HTTP date) of Retry-After / x-ms-retry-after-ms, in milliseconds. */
export function retryAfterMs(response: PipelineResponse): number | undefined {
  const ms = response.headers.get('x-ms-retry-after-ms') ?? response.headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Number(ms);
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const SUBSCRIPTION_IN_URL = /\/subscriptions\/([0-9a-fA-F-]{36})(?:[/?]|$)/;

/**
 * A per-attempt pipeline policy: takes a token from the bucket of the call's subscription and
 * principal before sending; on 429 pauses that bucket for Retry-After (the SDK's own retry policy
 * then re-sends after the same delay); reads `x-ms-ratelimit-remaining-subscription-reads` (and
 * Resource Graph's `x-ms-user-quota-remaining`) and slows down when little is left.
 */
export function armThrottlePolicy(registry: ThrottleRegistry, principal: string): PipelinePolicy {
  return {
    name: 'clouddiagnozeArmThrottle',
    async sendRequest(request, next) {
      const graph = /\/providers\/Microsoft\.ResourceGraph\//i.test(request.url);
      const subscription = graph
        ? 'tenant'
        : (SUBSCRIPTION_IN_URL.exec(request.url)?.[1]?.toLowerCase() ?? 'tenant');
      const bucket = registry.bucket(
        `${principal}:${graph ? 'graph' : subscription}`,
        graph ? 'graph' : 'arm',
      );
      await bucket.take(request.abortSignal);
      const response = await next(request);
      if (response.status === 429) {
        bucket.pause(retryAfterMs(response) ?? 5000);
      }
      const remaining =
        response.headers.get('x-ms-ratelimit-remaining-subscription-reads') ??
        response.headers.get('x-ms-user-quota-remaining');
      if (remaining !== undefined && Number.isFinite(Number(remaining))) {
        bucket.observeRemaining(Number(remaining));
      }
      return response;
    },
  };
}
