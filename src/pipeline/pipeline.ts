import {
  eventId,
  categoryOf,
  toParisIso,
  type CbpEvent,
  type Clock,
  type EventDraft,
  type EventSink,
  type MetricCatalogue,
  type Store,
} from '../core/index.js';

export class InvalidEventError extends Error {
  readonly code = 'InvalidEvent';
}

export interface PipelineScope {
  scanId: string;
  clientId: string;
  provider: string;
  accountId: string;
  region: string;
  service: string;
}

export interface PipelineOptions {
  batchSize?: number;
  /** Flush a partial batch after this long, so progress and sinks keep up on slow scanners. */
  flushIntervalMs?: number;
  /** Called after each flush with the number of events it carried (progress, metrics). */
  onFlush?: (batch: readonly CbpEvent[], inserted: number) => void | Promise<void>;
}

/**
 * Turns a unit's drafts into complete 2CBP events, checks each against the catalogue, and writes
 * them in batches to the store (and the outbox of the remote sinks), then to every local sink.
 * Holds at most one batch in memory.
 */
export class EventPipeline {
  readonly #batch: CbpEvent[] = [];
  readonly #batchSize: number;
  readonly #flushIntervalMs: number;
  #lastFlush: number;
  #emitted = 0;
  #inserted = 0;

  constructor(
    private readonly scope: PipelineScope,
    private readonly deps: {
      store: Store;
      sinks: readonly EventSink[];
      /** Remote sinks fed through the store's outbox, in the transaction that stores the events. */
      outbox?: readonly string[];
      catalogue: MetricCatalogue;
      clock: Clock;
    },
    private readonly options: PipelineOptions = {},
  ) {
    this.#batchSize = options.batchSize ?? 1000;
    this.#flushIntervalMs = options.flushIntervalMs ?? 1000;
    this.#lastFlush = deps.clock.now().getTime();
  }

  get emitted(): number {
    return this.#emitted;
  }

  get inserted(): number {
    return this.#inserted;
  }

  async push(draft: EventDraft): Promise<void> {
    const problem = this.deps.catalogue.problemWith(draft.metric_type, draft.metric_value);
    if (problem !== null)
      throw new InvalidEventError(`${this.scope.service} emitted an invalid event: ${problem}`);
    if (draft.resource_id.length === 0) {
      throw new InvalidEventError(
        `${this.scope.service} emitted ${draft.metric_type} without a resource id`,
      );
    }
    const now = this.deps.clock.now();
    this.#batch.push({
      client_id: this.scope.clientId,
      timestamp: toParisIso(now),
      resource_id: draft.resource_id,
      metric_type: draft.metric_type,
      metric_value: draft.metric_value,
      event_id: eventId(this.scope.scanId, draft.resource_id, draft.metric_type),
      scan_id: this.scope.scanId,
      provider: this.scope.provider,
      account_id: this.scope.accountId,
      region: this.scope.region,
      service: this.scope.service,
      category: categoryOf(draft.metric_type),
    });
    this.#emitted += 1;
    if (
      this.#batch.length >= this.#batchSize ||
      now.getTime() - this.#lastFlush >= this.#flushIntervalMs
    ) {
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    this.#lastFlush = this.deps.clock.now().getTime();
    if (this.#batch.length === 0) return;
    const batch = this.#batch.splice(0, this.#batch.length);
    const outbox = this.deps.outbox ?? [];
    const fresh =
      outbox.length > 0
        ? await this.deps.store.insertNewEvents(batch, outbox)
        : await this.deps.store.insertNewEvents(batch);
    this.#inserted += fresh.length;
    // Events the store already had (a re-run unit) were written to the local sinks the first time.
    if (fresh.length > 0) for (const sink of this.deps.sinks) await sink.write(fresh);
    await this.options.onFlush?.(batch, fresh.length);
  }
}
