import type { PipelinePolicy, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';

type AbortSignalLike = NonNullable<PipelineRequest['abortSignal']>;

/**
 * ARM's read budget (a token bucket per subscription, principal and region: 250 reads, refilled at
 * 25 a second) and Resource Graph's (15 queries per 5 seconds per user) mirrored on our side, so
 * that a scan stays below them instead of meeting 429s.
 */
export const ARM_READ_BUCKET = { capacity: 250, refillPerSecond: 25 } as const;
export const GRAPH_BUCKET = { capacity: 15, refillPerSecond: 3 } as const;
/**
 * Key Vault's data plane, per vault (a vault lives in one region, so per vault and region): the
 * published limit for secrets, managed storage account keys and vault transactions, and for GETs of
 * software keys (RSA 2,048, EC), is 4,000 transactions in 10 seconds. A bucket of 2,000 refilled at
 * 200 a second never sends more than 4,000 in any 10 seconds. HSM and larger RSA keys weigh more
 * (RSA 4,096 HSM: 250 in 10 s); their 429 pauses the vault's bucket for its Retry-After.
 */
export const KEY_VAULT_BUCKET = { capacity: 2000, refillPerSecond: 200 } as const;
/**
 * The subscription-wide Key Vault limit, five times a vault's (20,000 in 10 s per subscription and
 * region), kept per subscription whatever the region (the stricter reading).
 */
export const KEY_VAULT_SUBSCRIPTION_BUCKET = { capacity: 10_000, refillPerSecond: 1000 } as const;
/** Below this many remaining reads (as ARM reports them), the bucket refills at a tenth. */
export const LOW_REMAINING_READS = 50;

/**
 * Waits `ms`, or rejects as soon as the signal aborts. Either way nothing is left behind: the timer
 * removes its abort listener when it fires, and an abort clears the timer (a unit's one signal sees
 * thousands of waits; a listener left per wait is a leak and Node's MaxListenersExceededWarning).
 */
export function sleep(ms: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const reason = () => (signal as AbortSignal).reason ?? new Error('aborted');
    if (signal?.aborted) return reject(reason());
    if (ms <= 0) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      reject(reason());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

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

export type BucketKind = 'arm' | 'graph' | 'keyvault' | 'keyvaultSubscription';

const LIMITS: Record<BucketKind, { capacity: number; refillPerSecond: number }> = {
  arm: ARM_READ_BUCKET,
  graph: GRAPH_BUCKET,
  keyvault: KEY_VAULT_BUCKET,
  keyvaultSubscription: KEY_VAULT_SUBSCRIPTION_BUCKET,
};

/**
 * Buckets by principal and subscription (or `tenant` for tenant-level calls such as the graph), and
 * for Key Vault's data plane by principal and vault.
 */
export class ThrottleRegistry {
  readonly #buckets = new Map<string, TokenBucket>();

  bucket(key: string, kind: BucketKind): TokenBucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      const limits = LIMITS[kind];
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

/** The data-plane collections of a vault: what follows the vault's own URI in a request's path. */
const VAULT_COLLECTION =
  /^(.*?)\/(?:keys|secrets|certificates|deletedkeys|deletedsecrets|deletedcertificates|storage|deletedstorage)(?:\/|$)/i;

/**
 * The vault a data-plane URL addresses: its host (`kv1.vault.azure.net`, the default port dropped,
 * so a `nextLink` on `:443` is the same vault), and for an emulator serving vaults under paths of one
 * origin (`127.0.0.1:8443/vaults/kv1`), the path before the collection.
 */
export function vaultBucketKey(url: string): string {
  const parsed = new URL(url);
  const prefix = VAULT_COLLECTION.exec(parsed.pathname)?.[1] ?? parsed.pathname.replace(/\/+$/, '');
  return `${parsed.host}${prefix}`.toLowerCase();
}

/**
 * The Key Vault data plane's per-attempt policy: a token from the bucket of the request's vault (and
 * principal), then from the subscription's Key Vault bucket when the client is a subscription's; on
 * 429 the vault's bucket pauses for Retry-After (the SDK's retry policy re-sends after it). Never an
 * ARM bucket: a vault's limits are its own, and ARM's budget stays for ARM.
 */
export function keyVaultThrottlePolicy(
  registry: ThrottleRegistry,
  principal: string,
  subscriptionId?: string,
): PipelinePolicy {
  return {
    name: 'clouddiagnozeKeyVaultThrottle',
    async sendRequest(request, next) {
      const vault = registry.bucket(
        `${principal}:keyvault:${vaultBucketKey(request.url)}`,
        'keyvault',
      );
      await vault.take(request.abortSignal);
      if (subscriptionId)
        await registry
          .bucket(
            `${principal}:keyvault-subscription:${subscriptionId.toLowerCase()}`,
            'keyvaultSubscription',
          )
          .take(request.abortSignal);
      const response = await next(request);
      if (response.status === 429) vault.pause(retryAfterMs(response) ?? 5000);
      return response;
    },
  };
}
