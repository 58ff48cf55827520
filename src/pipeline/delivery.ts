import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Clock, DeadLetter, Logger, OutboxStore, Page, SinkStatus } from '../core/index.js';
import { OutboxDeliverer, type DelivererOptions } from './deliverer.js';
import { REMOTE_SINKS, isRemoteSink } from './sinks/names.js';
import type { RemoteSink } from './sinks/remote.js';
import { sinkNamesFor, type SinkRouting } from './sinks/routing.js';

export interface SinkView extends SinkStatus {
  /** Whether this process has an endpoint for the sink (and delivers it when it runs a deliverer). */
  configured: boolean;
  /** Where the batches go, without credentials; null when not configured here. */
  endpoint: string | null;
}

export interface SinksOverview {
  /** The sinks a scan uses when neither the scan nor its tenant names its own. */
  default_sinks: string[];
  /** Tenants with their own list. */
  tenant_sinks: Record<string, string[]>;
  sinks: SinkView[];
}

/** A sink name that has no outbox (not a remote sink). */
export class UnknownSinkError extends Error {}

export interface SinkServiceDeps {
  store: OutboxStore;
  remote: readonly (RemoteSink & { endpoint?: string })[];
  routing: SinkRouting;
  clock: Clock;
  log: Logger;
  deliverer?: Partial<
    Pick<
      DelivererOptions,
      'leaseMs' | 'idleMs' | 'backoff' | 'random' | 'maxRetryAfterMs' | 'onDelivered' | 'onFailure'
    >
  >;
}

/**
 * The remote sinks of this process: their deliverers (started by `serve` and `worker`, drained at
 * the end of a one-shot scan), their status and their dead letters.
 */
export class SinkService {
  readonly #deliverers = new Map<string, OutboxDeliverer>();
  readonly #owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  #started = false;

  constructor(private readonly deps: SinkServiceDeps) {
    for (const sink of deps.remote) {
      this.#deliverers.set(
        sink.name,
        new OutboxDeliverer({
          ...deps.deliverer,
          store: deps.store,
          sink,
          clock: deps.clock,
          log: deps.log,
          owner: this.#owner,
        }),
      );
    }
  }

  /** Names of the remote sinks this process can deliver. */
  get configured(): string[] {
    return this.deps.remote.map((sink) => sink.name);
  }

  /** The remote sinks a scan's events are queued for. */
  remoteSinksOf(scan: { client_id: string; options: { sinks?: readonly string[] } }): string[] {
    return sinkNamesFor(this.deps.routing, scan).filter(isRemoteSink);
  }

  /** Starts a deliverer per configured remote sink; one process at a time drains a sink. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    for (const deliverer of this.#deliverers.values()) deliverer.start();
    if (this.#deliverers.size > 0)
      this.deps.log.info({ sinks: this.configured }, 'delivering to remote sinks');
  }

  /** New events were queued: running deliverers look at once instead of at their next poll. */
  wake(): void {
    for (const deliverer of this.#deliverers.values()) deliverer.wake();
  }

  /**
   * Delivers what waits for `sinks` until their outboxes are empty or `timeoutMs` is over, in a
   * process that did not start() its deliverers (the one-shot scan). Returns the sinks with events
   * left (a sink not configured here always has).
   */
  async flush(sinks: readonly string[], timeoutMs: number): Promise<string[]> {
    if (this.#started) throw new Error('flush() is for a process whose deliverers are not running');
    const results = await Promise.all(
      [...new Set(sinks)].map(async (name) => {
        const deliverer = this.#deliverers.get(name);
        if (!deliverer) return name;
        return (await deliverer.drain(timeoutMs)) ? null : name;
      }),
    );
    return results.filter((name): name is string => name !== null);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.#deliverers.values()].map((d) => d.stop()));
    await Promise.all(this.deps.remote.map((sink) => sink.close()));
  }

  async overview(): Promise<SinksOverview> {
    const statuses = new Map((await this.deps.store.sinkStatuses()).map((s) => [s.sink, s]));
    const names = new Set([...this.configured, ...statuses.keys()]);
    const sinks = [...names].sort().map((name): SinkView => {
      const remote = this.deps.remote.find((sink) => sink.name === name);
      return {
        ...(statuses.get(name) ?? emptyStatus(name)),
        configured: remote !== undefined,
        endpoint: remote?.endpoint ?? null,
      };
    });
    const tenants = Object.fromEntries(
      Object.entries(this.deps.routing.tenants ?? {}).map(([client, list]) => [client, [...list]]),
    );
    return { default_sinks: [...this.deps.routing.defaults], tenant_sinks: tenants, sinks };
  }

  async deadLetters(
    sink: string,
    query: { limit: number; cursor?: string },
  ): Promise<Page<DeadLetter>> {
    this.#assertRemote(sink);
    return this.deps.store.listDeadLetters(sink, query);
  }

  /** Puts a dead letter back first in line; returns its new batch id, null if there is no such dead letter. */
  async redrive(sink: string, id: string): Promise<string | null> {
    this.#assertRemote(sink);
    const next = await this.deps.store.redriveDeadLetter(sink, id, this.deps.clock.now());
    if (next !== null) {
      this.deps.log.info({ sink, dead_letter: id, batch: next }, 'dead letter re-driven');
      this.wake();
    }
    return next;
  }

  #assertRemote(sink: string): void {
    if (!(REMOTE_SINKS as readonly string[]).includes(sink))
      throw new UnknownSinkError(
        `sink ${sink} has no outbox; remote sinks: ${REMOTE_SINKS.join(', ')}`,
      );
  }
}

function emptyStatus(sink: string): SinkStatus {
  return {
    sink,
    backlog_events: 0,
    dead_letter_batches: 0,
    dead_letter_events: 0,
    delivered_events: 0,
    delivered_batches: 0,
    last_delivered_at: null,
    last_error: null,
    last_error_at: null,
    next_attempt_at: null,
  };
}
