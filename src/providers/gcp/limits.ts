/**
 * Calls per minute a scan makes on behalf of one project. Compute Engine's default read quota is
 * 1,500 requests a minute per project (and Resource Manager's, Cloud SQL's are of the same order):
 * staying under it leaves room for the project's own tooling.
 */
export const DEFAULT_CALLS_PER_MINUTE = 1_200;

/**
 * A token bucket per project: up to `burst` calls at once, then `callsPerMinute` spread evenly.
 * Shared by every session of a scan, so parallel units of one project share its budget.
 */
export class ProjectRateLimit {
  readonly #buckets = new Map<string, { tokens: number; updated: number }>();
  readonly #perMs: number;

  constructor(
    readonly callsPerMinute: number = DEFAULT_CALLS_PER_MINUTE,
    readonly burst: number = Math.max(1, Math.floor(callsPerMinute / 60)),
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(callsPerMinute > 0)) throw new Error('callsPerMinute must be positive');
    this.#perMs = callsPerMinute / 60_000;
  }

  /** How long to wait before a call for `project` may go (0 = at once); takes its token. */
  reserve(project: string): number {
    const now = this.now();
    const bucket = this.#buckets.get(project) ?? { tokens: this.burst, updated: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.updated) * this.#perMs);
    bucket.updated = now;
    bucket.tokens -= 1;
    this.#buckets.set(project, bucket);
    return bucket.tokens >= 0 ? 0 : -bucket.tokens / this.#perMs;
  }

  async run<T>(project: string, call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const wait = this.reserve(project);
    if (wait > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, wait);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    }
    return call();
  }
}
