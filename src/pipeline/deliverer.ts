import type { Clock, Logger, OutboxStore } from '../core/index.js';
import type { RemoteSink } from './sinks/remote.js';

export interface BackoffOptions {
  /** Delay before the first retry; doubled at each attempt. */
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1000, maxMs: 300_000 };

/** Exponential backoff with jitter: between half and all of base × 2^(attempt-1), capped. */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface DelivererOptions {
  store: OutboxStore;
  sink: RemoteSink;
  clock: Clock;
  log: Logger;
  /** Identifies this deliverer in the lease (process and instance). */
  owner: string;
  /** A lease not renewed within this long may be taken over by another deliverer. */
  leaseMs?: number;
  /** Pause between two looks at an empty outbox. */
  idleMs?: number;
  backoff?: BackoffOptions;
  /** The longest Retry-After honoured (a longer one is cut to this). */
  maxRetryAfterMs?: number;
  random?: () => number;
  onDelivered?: (sink: string, events: number) => void;
  onFailure?: (sink: string, outcome: 'retry' | 'rejected') => void;
}

export type Step =
  | { kind: 'sent' }
  | { kind: 'idle' }
  /** The batch first in line waits for its retry time. */
  | { kind: 'wait'; ms: number }
  /** Another deliverer holds the sink's lease. */
  | { kind: 'busy' };

class Stopped extends Error {}

/**
 * Drains one sink's outbox: takes the sink's lease, sends the batch first in line, records the
 * answer, and goes on. A retryable failure keeps the batch first in line until its backoff is over
 * (order is kept); a rejected batch is set aside as a dead letter. Holds one batch in memory.
 */
export class OutboxDeliverer {
  readonly #leaseMs: number;
  readonly #idleMs: number;
  readonly #maxRetryAfterMs: number;
  readonly #abort = new AbortController();
  #loop: Promise<void> | null = null;
  /** When this deliverer last took or renewed its lease (epoch ms); 0 = it does not hold it. */
  #leasedAt = 0;
  #wake: (() => void) | null = null;
  #stopped = false;

  constructor(private readonly options: DelivererOptions) {
    this.#leaseMs = options.leaseMs ?? 60_000;
    this.#idleMs = options.idleMs ?? 1000;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 3_600_000;
  }

  get sink(): string {
    return this.options.sink.name;
  }

  /** Delivers in the background until stop(). */
  start(): void {
    if (this.#loop || this.#stopped) return;
    this.#loop = this.#run();
  }

  /** Ends an idle pause at once (new events were queued). A backoff is never cut short. */
  wake(): void {
    this.#wake?.();
  }

  /**
   * Stops delivering. A batch in flight is abandoned unacknowledged and resent later under the
   * same key; the lease is released so that another deliverer may go on at once.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#abort.abort(new Stopped('the deliverer stopped'));
    this.wake();
    await this.#loop?.catch(() => {});
    this.#loop = null;
    await this.options.store
      .releaseSinkLease(this.sink, this.options.owner)
      .catch((error: unknown) =>
        this.options.log.warn({ sink: this.sink, err: error }, 'could not release the sink lease'),
      );
  }

  /**
   * Delivers until the outbox of this sink is empty, or `timeoutMs` is over; for a one-shot scan.
   * Returns true when nothing is left to deliver.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.#stopped) {
      const step = await this.step();
      if (step.kind === 'idle') return true;
      if (step.kind === 'sent') continue;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await this.#sleep(Math.min(step.kind === 'wait' ? step.ms : this.#idleMs, left), false);
    }
    return false;
  }

  /** One turn: renew the lease, send the batch first in line if it is due, record the answer. */
  async step(): Promise<Step> {
    const { store, sink, clock, log, owner } = this.options;
    // Renewed a few times per lease period, not at every batch.
    const now = clock.now();
    if (now.getTime() - this.#leasedAt >= this.#leaseMs / 4) {
      if (!(await store.acquireSinkLease(sink.name, owner, this.#leaseMs, now))) {
        this.#leasedAt = 0;
        return { kind: 'busy' };
      }
      this.#leasedAt = now.getTime();
    }
    const batch = await store.nextOutboxBatch(sink.name, sink.limits, clock.now());
    if (batch === null) return { kind: 'idle' };
    const due = batch.notBefore.getTime() - clock.now().getTime();
    if (due > 0) return { kind: 'wait', ms: due };
    const started = performance.now();
    const result = await sink.send(batch, this.#abort.signal);
    const context = {
      sink: sink.name,
      batch: batch.id,
      events: batch.events.length,
      attempt: batch.attempts + 1,
    };
    switch (result.outcome) {
      case 'accepted':
        await store.ackOutboxBatch(sink.name, batch.id, clock.now());
        this.options.onDelivered?.(sink.name, batch.events.length);
        log.debug(
          { ...context, status: result.statusCode, ms: Math.round(performance.now() - started) },
          'batch delivered',
        );
        return { kind: 'sent' };
      case 'rejected':
        await store.deadLetterOutboxBatch(sink.name, batch.id, result.failure, clock.now());
        this.options.onFailure?.(sink.name, 'rejected');
        log.error(
          { ...context, status: result.failure.statusCode, error: result.failure.error },
          'batch rejected: kept as a dead letter',
        );
        return { kind: 'sent' };
      case 'retry': {
        const delay =
          result.retryAfterMs !== undefined
            ? Math.min(result.retryAfterMs, this.#maxRetryAfterMs)
            : backoffDelay(batch.attempts + 1, this.options.backoff, this.options.random);
        const now = clock.now();
        await store.retryOutboxBatch(
          sink.name,
          batch.id,
          result.failure,
          now,
          new Date(now.getTime() + delay),
        );
        this.options.onFailure?.(sink.name, 'retry');
        log.warn(
          {
            ...context,
            status: result.failure.statusCode,
            error: result.failure.error,
            retry_in_ms: delay,
          },
          'batch not delivered: will retry',
        );
        return { kind: 'wait', ms: delay };
      }
    }
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (!this.#stopped) {
      let step: Step;
      try {
        step = await this.step();
        failures = 0;
      } catch (error) {
        if (this.#stopped) return;
        failures += 1;
        const pause = backoffDelay(failures, { baseMs: this.#idleMs, maxMs: 60_000 });
        this.options.log.error(
          { sink: this.sink, err: error, retry_in_ms: pause },
          'outbox delivery failed',
        );
        await this.#sleep(pause, false);
        continue;
      }
      if (step.kind === 'sent') continue;
      // Never sleep past a third of the lease, so that a waiting deliverer keeps it.
      const cap = Math.floor(this.#leaseMs / 3);
      if (step.kind === 'idle') await this.#sleep(Math.min(this.#idleMs, cap), true);
      else if (step.kind === 'wait') await this.#sleep(Math.min(step.ms, cap), false);
      else await this.#sleep(Math.min(this.#idleMs * 5, cap), false);
    }
  }

  #sleep(ms: number, wakeable: boolean): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.#wake === done) this.#wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      // stop() always wakes; wake() only ends idle pauses.
      this.#wake = wakeable ? done : () => this.#stopped && done();
    });
  }
}
