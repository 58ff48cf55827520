import {
  ApiCostMeter,
  TERMINAL_SCAN_STATUSES,
  type ApiCallObserver,
  type CallTimeouts,
  type Clock,
  type CloudProvider,
  type ConcurrencyLimiter,
  type EventSink,
  type Job,
  type JobQueue,
  type Logger,
  type ProviderSession,
  type Scan,
  type EventDraft,
  type ScanError,
  type ScanUnit,
  type SnapshotEvaluator,
  type Store,
  type UnitOutcome,
  type UnitPlan,
} from '../core/index.js';
import { setMaxListeners } from 'node:events';
import pLimit from 'p-limit';
import { abortable, untilAborted } from '../lib/async.js';
import { storageUnavailable } from '../lib/storage-errors.js';
import { EventPipeline, InvalidEventError } from '../pipeline/pipeline.js';
import type { CredentialSealer } from './credentials.js';
import { failedAccountUnits, planUnits, resolveRegions } from './planner.js';
import type { ScannerRegistry } from './registry.js';
import { tenantResultCache } from './result-cache.js';
import { unitWants } from './facets.js';

export interface RunnerHooks {
  /** After every batch a unit writes (live progress for the CLI). */
  onProgress?(scan: Pick<Scan, 'id'>, unit: ScanUnit, eventsSoFar: number): void;
  onUnitFinished?(scan: Scan, unit: ScanUnit, outcome: UnitOutcome, durationMs: number): void;
  onEvents?(provider: string, service: string, category: string, count: number): void;
}

export interface RunnerDeps {
  store: Store;
  queue: JobQueue;
  registry: ScannerRegistry;
  sealer: CredentialSealer;
  clock: Clock;
  log: Logger;
  observer: ApiCallObserver;
  /** Bounds the cloud calls in flight per account and region in this process. */
  limiter?: ConcurrencyLimiter;
  /** Per-attempt cloud call timeouts, so that a silent endpoint costs a bounded time per call. */
  callTimeouts?: CallTimeouts;
  /** Checks evaluated on each unit's snapshot (the security dimension). */
  evaluator?: SnapshotEvaluator;
  /** Sinks besides the store (NDJSON file, stdout, aggregator). */
  sinks?: readonly EventSink[];
  /** A scan's own sinks: local ones added to `sinks`, remote ones fed through the outbox. */
  routeSinks?: (scan: Scan) => { sinks: readonly EventSink[]; outbox: readonly string[] };
  hooks?: RunnerHooks;
  /** How often a running unit looks whether its scan was cancelled. */
  cancelCheckIntervalMs?: number;
  batchSize?: number;
}

/**
 * Abort listeners a unit's or a scan's signal may hold before Node warns of a leak: every cloud
 * call in flight adds one (the SDK's HTTP handler) and removes it when it settles.
 */
const SIGNAL_LISTENERS = 1000;

/** Accounts of an organization whose regions are resolved at once while planning. */
const PLAN_ACCOUNT_CONCURRENCY = 8;

class ScanCancelledError extends Error {
  readonly code = 'ScanCancelled';
}

class WorkerStoppedError extends Error {
  readonly code = 'WorkerStopped';
}

class UnitTimeoutError extends Error {
  readonly code = 'UnitTimeout';
}

/**
 * The data plane: executes `plan` jobs (identity, regions, units) and `unit` jobs (one scanner in
 * one region), streaming events through the pipeline, recording every outcome on the scan.
 */
export class ScanRunner {
  readonly #sessions = new Map<string, Promise<ProviderSession<unknown>>>();
  /** Each session's own signal: it lives as long as the scan, not as the unit that opened it. */
  readonly #sessionSignals = new Map<string, AbortController>();

  constructor(private readonly deps: RunnerDeps) {}

  handle = async (job: Job, signal: AbortSignal): Promise<void> => {
    if (job.payload.kind === 'plan') await this.plan(job.payload.scan_id, signal);
    else await this.runUnit(job.payload.scan_id, job.payload.unit_id, signal);
  };

  async plan(scanId: string, signal: AbortSignal): Promise<void> {
    const { store, clock } = this.deps;
    const scan = await store.getScan(scanId);
    if (!scan || scan.status !== 'QUEUED') return;
    const provider = this.#provider(scan);
    const log = this.deps.log.child({ scan_id: scanId });
    const scanners = scan.services.map((service) => {
      const scanner = this.deps.registry.scanner(scan.provider, service);
      if (!scanner) throw new Error(`scanner ${scan.provider}/${service} is not registered`);
      return scanner;
    });
    let session: ProviderSession<unknown>;
    let plan: UnitPlan[];
    let accountCount: number | undefined;
    try {
      session = await this.#session(scan, signal);
      const accounts = await session.accounts();
      accountCount = accounts.length;
      const limit = pLimit(PLAN_ACCOUNT_CONCURRENCY);
      const perAccount = await Promise.all(
        accounts.map((account) =>
          limit(async (): Promise<UnitPlan[]> => {
            if (account.failure)
              return failedAccountUnits(scanners, account.accountId, account.failure);
            try {
              const accountSession = await session.forAccount(account.accountId);
              const regions =
                scan.requested_regions ??
                resolveRegions(null, await accountSession.enabledRegions(), provider.knownRegions);
              return planUnits(scanners, regions, account.accountId);
            } catch (error) {
              // One member account out of reach never stops the others; a single account does.
              if (accounts.length === 1) throw error;
              const failure = provider.classifyError(error);
              return failedAccountUnits(scanners, account.accountId, failure);
            }
          }),
        ),
      );
      plan = perAccount.flat();
    } catch (error) {
      const failure = provider.classifyError(error);
      log.warn({ code: failure.code }, 'scan could not start');
      await store.finishScan(
        scanId,
        'FAILED',
        { code: failure.code, message: failure.message },
        clock.now(),
      );
      this.#forget(scanId);
      return;
    }
    if (plan.length === 0) {
      const noun = provider.account.noun;
      const reason =
        accountCount === 0
          ? {
              code: 'NoAccounts',
              message: `no ${noun} to scan: none matches the scan's selection (check its ${noun} filters and the credentials' access)`,
            }
          : { code: 'NoRegions', message: 'no region to scan: none is enabled' };
      await store.finishScan(scanId, 'FAILED', reason, clock.now());
      this.#forget(scanId);
      return;
    }
    const units = await store.startScan(scanId, session.accountId, plan, clock.now());
    if (units === false) return;
    const runnable = units.filter((unit) => unit.status === 'QUEUED');
    log.info(
      { units: units.length, accounts: new Set(plan.map((u) => u.account_id)).size },
      'scan planned',
    );
    if (runnable.length === 0) this.#forget(scanId);
    await this.deps.queue.enqueueMany(
      runnable.map((unit) => ({ kind: 'unit' as const, scan_id: scanId, unit_id: unit.id })),
    );
  }

  async runUnit(scanId: string, unitId: string, jobSignal: AbortSignal): Promise<void> {
    const { store, clock } = this.deps;
    const unit = await store.claimUnit(unitId, clock.now());
    if (unit === false) return;
    const scan = await store.getScan(scanId);
    if (!scan) return;
    const started = performance.now();
    const outcome = await this.#execute(scan, unit, jobSignal);
    const after = await store.finishUnit(unit.id, outcome, clock.now());
    this.deps.hooks?.onUnitFinished?.(after, unit, outcome, performance.now() - started);
    if ((TERMINAL_SCAN_STATUSES as readonly string[]).includes(after.status)) this.#forget(scanId);
  }

  async #execute(scan: Scan, unit: ScanUnit, jobSignal: AbortSignal): Promise<UnitOutcome> {
    const { store, clock, registry } = this.deps;
    const provider = this.#provider(scan);
    const scanner = registry.scanner(scan.provider, unit.service);
    const log = this.deps.log.child({
      scan_id: scan.id,
      service: unit.service,
      region: unit.region,
    });
    if (!scanner) {
      return {
        status: 'FAILED',
        error: { code: 'UnknownService', message: `no scanner for ${unit.service}` },
        events: 0,
      };
    }
    const cancel = new AbortController();
    const timeoutMs = scan.options.unit_timeout_seconds * 1000;
    const timer = setTimeout(
      () =>
        cancel.abort(
          new UnitTimeoutError(`unit did not finish within ${scan.options.unit_timeout_seconds} s`),
        ),
      timeoutMs,
    );
    timer.unref();
    const signal = AbortSignal.any([cancel.signal, jobSignal]);
    setMaxListeners(SIGNAL_LISTENERS, signal);
    const interval = this.deps.cancelCheckIntervalMs ?? 2000;
    let lastCancelCheck = clock.now().getTime();
    const routed = this.deps.routeSinks?.(scan);
    const pipeline = new EventPipeline(
      {
        scanId: scan.id,
        clientId: scan.client_id,
        provider: scan.provider,
        accountId: unit.account_id,
        region: unit.region,
        service: unit.service,
      },
      {
        store,
        sinks: [...(this.deps.sinks ?? []), ...(routed?.sinks ?? [])],
        outbox: routed?.outbox ?? [],
        catalogue: registry.catalogue,
        clock,
      },
      {
        batchSize: this.deps.batchSize,
        onFlush: async (batch) => {
          this.#countEvents(batch);
          this.deps.hooks?.onProgress?.(scan, unit, pipeline.emitted);
          const now = clock.now().getTime();
          if (now - lastCancelCheck >= interval) {
            lastCancelCheck = now;
            const current = await store.getScan(scan.id);
            if (current?.status === 'CANCELLED')
              cancel.abort(new ScanCancelledError('the scan was cancelled'));
          }
        },
      },
    );
    // A unit waiting on a silent call writes no batch: look at the scan on a timer as well.
    const cancelWatch = setInterval(
      () => {
        store.getScan(scan.id).then(
          (current) => {
            if (current?.status === 'CANCELLED')
              cancel.abort(new ScanCancelledError('the scan was cancelled'));
          },
          () => {},
        );
      },
      Math.max(interval, 100),
    );
    cancelWatch.unref();
    const meter = new ApiCostMeter();
    const unread = new UnreadInputs();
    try {
      const session = await (await this.#session(scan, signal)).forAccount(unit.account_id);
      const evaluator = this.deps.evaluator;
      const events = scanner.scan({
        scanId: scan.id,
        clientId: scan.client_id,
        accountId: session.accountId,
        region: unit.region,
        clients: session.clientsFor(unit.region),
        options: scan.options,
        signal,
        clock,
        log,
        meter,
        cache: tenantResultCache(store, clock, scan.client_id),
        wants: unitWants(scanner, scan.options, evaluator),
        derive: evaluator
          ? (snapshot) =>
              unread.watch(
                evaluator.evaluate({
                  provider: scan.provider,
                  service: unit.service,
                  accountId: session.accountId,
                  region: unit.region,
                  scopeResourceId: provider.resourceIds.scope({
                    accountId: session.accountId,
                    region: unit.region,
                    service: unit.service,
                  }),
                  options: scan.options,
                  snapshot,
                }),
              )
          : undefined,
      });
      for await (const draft of abortable(events, signal)) {
        await pipeline.push(draft);
        signal.throwIfAborted();
      }
      await pipeline.flush();
      const partial = unread.error();
      if (partial) log.warn({ code: partial.code }, 'unit partial: inputs not read');
      return {
        status: partial ? 'PARTIAL' : 'SUCCEEDED',
        error: partial,
        events: pipeline.emitted,
        api_cost_usd: meter.usd,
      };
    } catch (error) {
      await pipeline.flush().catch(() => {});
      if (storageUnavailable(error) !== null) {
        // The store failed, not the cloud: the unit is not over. Its job is retried (and its
        // events, written once each, go on from the start).
        throw error;
      }
      const reason = signal.aborted ? signal.reason : error;
      if (
        jobSignal.aborted &&
        !(reason instanceof ScanCancelledError) &&
        !(reason instanceof UnitTimeoutError)
      ) {
        // The worker is stopping, the scan is not: leave the unit RUNNING and its job unfinished so
        // that the queue hands it to another worker (or to this one after a restart).
        throw new WorkerStoppedError(`unit ${unit.id} was interrupted by a worker shutdown`);
      }
      if (reason instanceof ScanCancelledError) {
        return {
          status: 'CANCELLED',
          error: { code: 'Cancelled', message: messageOf(reason) },
          events: pipeline.emitted,
          api_cost_usd: meter.usd,
        };
      }
      const recorded = this.#recordable(provider, reason);
      log.warn({ code: recorded.code }, 'unit failed');
      return {
        status: 'FAILED',
        error: recorded,
        events: pipeline.emitted,
        api_cost_usd: meter.usd,
      };
    } finally {
      clearTimeout(timer);
      clearInterval(cancelWatch);
    }
  }

  #recordable(provider: CloudProvider, error: unknown): ScanError {
    if (error instanceof UnitTimeoutError || error instanceof InvalidEventError) {
      return { code: error.code, message: error.message };
    }
    const classified = provider.classifyError(error);
    return { code: classified.code, message: classified.message };
  }

  #countEvents(batch: readonly { service: string; provider: string; category: string }[]): void {
    const onEvents = this.deps.hooks?.onEvents;
    if (!onEvents) return;
    const counts = new Map<string, number>();
    for (const event of batch) {
      const key = `${event.provider}\u0000${event.service}\u0000${event.category}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of counts) {
      const [provider, service, category] = key.split('\u0000') as [string, string, string];
      onEvents(provider, service, category, count);
    }
  }

  #provider(scan: Scan): CloudProvider {
    const provider = this.deps.registry.provider(scan.provider);
    if (!provider) throw new Error(`provider ${scan.provider} is not registered`);
    return provider;
  }

  /** One authenticated session per scan and process: identity is resolved once, clients are pooled. */
  #session(scan: Scan, signal: AbortSignal): Promise<ProviderSession<unknown>> {
    let session = this.#sessions.get(scan.id);
    if (!session) {
      const scanSignal = new AbortController();
      setMaxListeners(SIGNAL_LISTENERS, scanSignal.signal);
      this.#sessionSignals.set(scan.id, scanSignal);
      session = this.#connect(scan, scanSignal.signal);
      this.#sessions.set(scan.id, session);
      session.catch(() => {
        if (this.#sessions.get(scan.id) === session) this.#forget(scan.id);
      });
    }
    return untilAborted(session, signal);
  }

  async #connect(scan: Scan, signal: AbortSignal): Promise<ProviderSession<unknown>> {
    const sealed = await this.deps.store.getSealedCredentials(scan.id);
    if (sealed === null) {
      throw Object.assign(
        new Error('the scan credentials are no longer available; submit the scan again'),
        {
          name: 'CredentialsUnavailable',
        },
      );
    }
    const provider = this.#provider(scan);
    const auth = provider.authModeSchema.parse(this.deps.sealer.unseal(sealed));
    return provider.connect(auth, {
      signal,
      log: this.deps.log,
      observer: this.deps.observer,
      limiter: this.deps.limiter,
      callTimeouts: this.deps.callTimeouts,
    });
  }

  #forget(scanId: string): void {
    const session = this.#sessions.get(scanId);
    this.#sessions.delete(scanId);
    const scanSignal = this.#sessionSignals.get(scanId);
    this.#sessionSignals.delete(scanId);
    session?.then((s) => s.close()).catch(() => {});
    scanSignal?.abort(new Error('the scan is over'));
  }

  /** Closes every pooled session (on shutdown). */
  async close(): Promise<void> {
    const sessions = [...this.#sessions.values()];
    this.#sessions.clear();
    for (const scanSignal of this.#sessionSignals.values()) scanSignal.abort(new Error('closed'));
    this.#sessionSignals.clear();
    await Promise.allSettled(sessions.map(async (s) => (await s).close()));
  }
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

/** How many of a unit's check results say why they could not judge, shown at most this many. */
const UNREAD_EXAMPLES = 3;

/**
 * The check results of a unit that could not judge because an input was not read (ERROR: denied,
 * failed, not collected): the unit is PARTIAL, and its error names the first few.
 */
class UnreadInputs {
  #count = 0;
  readonly #reasons = new Set<string>();

  *watch(results: Iterable<EventDraft>): Iterable<EventDraft> {
    for (const result of results) {
      const value = result.metric_value;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const { status, reason } = value as { status?: unknown; reason?: unknown };
        if (status === 'ERROR') {
          this.#count += 1;
          if (typeof reason === 'string' && this.#reasons.size < UNREAD_EXAMPLES)
            this.#reasons.add(reason);
        }
      }
      yield result;
    }
  }

  error(): ScanError | null {
    if (this.#count === 0) return null;
    const more = this.#count - this.#reasons.size;
    return {
      code: 'UnreadInputs',
      message: `${this.#count} check result${this.#count === 1 ? '' : 's'} could not be judged: ${[
        ...this.#reasons,
      ].join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    };
  }
}
